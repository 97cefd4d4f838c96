"""Search results (/klachten) and the permanent detail page of one complaint (/klachten/<id>)."""

import math

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from openklachten.publication import query
from openklachten.publication.query.defaults import DEFAULT_PAGE_SIZE as PAGE_SIZE
from openklachten.publication.query.defaults import MAX_PAGE, MAX_QUERY_LENGTH
from openklachten.publication.site import labels
from openklachten.publication.site.highlight import safe_fragment, snippet
from openklachten.publication.site.views.common import (
    BadRequest,
    filter_context,
    handles_bad_input,
    page_number,
    parse_filters,
)

SORTS = {"relevantie": "Relevantie", "datum": "Nieuwste eerst", "datum_oud": "Oudste eerst"}
TEXT_FIELDS = (
    "gedraging",
    "bevindingen",
    "oordeel_klacht",
    "oordeel_klachtbehandeling",
    "aanbevelingen",
    "herstelmaatregelen",
)
TEXT_LABELS = {
    "gedraging": "Gedraging",
    "bevindingen": "Bevindingen",
    "oordeel_klacht": "Oordeel over de klacht",
    "oordeel_klachtbehandeling": "Oordeel over de klachtbehandeling",
    "aanbevelingen": "Aanbevelingen",
    "herstelmaatregelen": "Herstelmaatregelen",
    "wet_en_regelgeving": "Wet- en regelgeving",
    "bijzonderheden_bestuursorgaan": "Bijzonderheden bestuursorgaan",
}
CODED_FIELDS = (
    ("formeel_informeel", "Formeel of informeel"),
    ("eerstelijns_tweedelijns", "Eerstelijns of tweedelijns"),
    ("status", "Status"),
    ("ontvangwijze", "Kanaal"),
    ("conclusie", "Conclusie"),
    ("afdoeningswijze", "Afdoeningswijze"),
    ("oorzaak", "Oorzaak"),
    ("type_klager", "Type klager"),
    ("leeftijdsgroep", "Leeftijdsgroep"),
    ("woonplaats_klager", "Woonplaats klager"),
    ("iv3_taakveld", "Iv3-taakveld"),
)


def _text_of(row) -> str:
    return " ".join(str(row.get(f) or "") for f in TEXT_FIELDS if row.get(f))


def _result(row: dict, terms: list[str]) -> dict:
    fragments = row.get("fragmenten")
    if fragments:
        shown = [(TEXT_LABELS.get(veld, veld), safe_fragment(html)) for veld, html in fragments[:2]]
    else:
        shown = [("", snippet(_text_of(row), terms))] if _text_of(row) else []
    return {
        "public_id": row["public_id"],
        "organisatie": row.get("organisatie_naam") or row.get("organisatie", ""),
        "ontvangstdatum": row.get("ontvangstdatum"),
        "conclusie": labels.label("conclusie", row.get("conclusie")),
        "formeel_informeel": labels.label("formeel_informeel", row.get("formeel_informeel")),
        "themas": ", ".join(labels.label("themas", t) for t in (row.get("themas") or [])),
        "fragments": shown,
    }


@handles_bad_input
def zoeken(request):
    filters = parse_filters(request)
    q = request.GET.get("q", "").strip()
    if len(q) > MAX_QUERY_LENGTH:
        raise BadRequest(f"De zoekterm is te lang (maximaal {MAX_QUERY_LENGTH} tekens).")
    # Relevance by default: a search typed on the default page (no _sort yet) ranks the best matches first;
    # without a search phrase the query layer orders by date.
    sort = request.GET.get("_sort") or "relevantie"
    if sort not in SORTS:
        raise BadRequest("Onbekende sortering. Kies relevantie, datum of datum_oud.")
    asked = request.GET.get("_pagina", "1")
    page = page_number(request)
    found = query.search(filters, q, sort, page, PAGE_SIZE)
    total = found["total"]
    pages = min(max(1, math.ceil(total / PAGE_SIZE)), MAX_PAGE)
    # A page past the end (a shared link after the data changed, or beyond the cap of 500): the last page
    # with a note that says why and how to get everything, instead of an error page.
    asked_beyond = page > pages or len(asked) > 9 or int(asked) > MAX_PAGE
    if page > pages:
        page = pages
        found = query.search(filters, q, sort, page, PAGE_SIZE)
    terms = found.get("terms") or q.split()
    # No hits: the panel counts the selection without the search, so the filters stay visible and usable.
    context = filter_context(request, filters, q=q if total else "")
    context.update(suggestions(request, filters, q, total))
    context.update(
        q=q,
        sort=sort,
        sorts=SORTS,
        page=page,
        pages=pages,
        total=total,
        max_page=MAX_PAGE,
        capped=total > MAX_PAGE * PAGE_SIZE,
        asked_beyond=asked_beyond,
        shown_max=MAX_PAGE * PAGE_SIZE,
        results=[_result(row, terms) for row in found["results"]],
        prev_page=page - 1 if page > 1 else None,
        next_page=page + 1 if page < pages else None,
        keep_q=q,
        form_action="/klachten",
        first=(page - 1) * PAGE_SIZE + 1,
        hidden_controls=[("_sort", sort)],
    )
    return render(request, "site/zoeken.html", context)


def suggestions(request, filters, q: str, total: int) -> dict:
    """Close words (on no hits) and matching themes, each as a link that keeps the filters."""
    if not q:
        return {"suggested_words": [], "suggested_themes": []}
    found = query.suggest(filters, q, close=not total)
    params = request.GET.copy()
    for name in ("q", "_pagina", "_sort"):
        params.pop(name, None)
    words = []
    for word in found["woorden"]:
        params["q"] = word
        words.append({"word": word, "url": "/klachten?" + params.urlencode()})
    params.pop("q", None)
    themes = []
    chosen = set(request.GET.getlist("thema"))
    for code, n in found["themas"]:
        if code in chosen:
            continue
        with_theme = params.copy()
        with_theme.appendlist("thema", code)
        themes.append({"label": labels.label("themas", code), "count": n, "url": "/klachten?" + with_theme.urlencode()})
    return {"suggested_words": words, "suggested_themes": themes[:3]}


def _chain_item(row) -> dict:
    return {
        "public_id": row["public_id"],
        "organisatie": row.get("organisatie_naam") or row.get("organisatie", ""),
        "lijn": labels.label("eerstelijns_tweedelijns", row.get("eerstelijns_tweedelijns")),
        "ontvangstdatum": row.get("ontvangstdatum"),
        "conclusie": labels.label("conclusie", row.get("conclusie")),
    }


def back_query(request) -> str:
    """The search a visitor came from (same site, /klachten), so the breadcrumb leads back to those results."""
    from urllib.parse import urlsplit

    referer = urlsplit(request.META.get("HTTP_REFERER", ""))
    if referer.netloc != request.get_host() or referer.path != "/klachten":
        return ""
    return referer.query[:1000]  # the query string as the browser sent it; printed escaped by the template


def detail(request, public_id: str):
    row = query.get(public_id)
    if row is None:
        raise Http404("Deze klacht bestaat niet of is niet (meer) gepubliceerd.")
    context = {
        "klacht": row,
        "organisatie": row.get("organisatie_naam") or row.get("organisatie", ""),
        "organisatie_code": row.get("organisatie", ""),
        "coded": [(title, labels.label(name, row.get(name))) for name, title in CODED_FIELDS if row.get(name)],
        "themas": [labels.label("themas", t) for t in (row.get("themas") or [])],
        "texts": [(TEXT_LABELS[f], row.get(f)) for f in TEXT_LABELS if row.get(f)],
        "keten": [_chain_item(r) for r in row.get("keten", [])],
        # The canonical address, not whatever host this request came in on (proxies, test servers).
        "permalink": f"{settings.PUBLIC_BASE_URL.rstrip('/')}/klachten/{row['public_id']}",
        "back_query": back_query(request),
    }
    return render(request, "site/klacht.html", context)
