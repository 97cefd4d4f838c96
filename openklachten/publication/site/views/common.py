"""What every public view shares: parsing filters, Dutch 400 pages, paging limits."""

import functools

from django.shortcuts import redirect, render

from openklachten.publication import query
from openklachten.publication.query.defaults import MAX_PAGE  # the limits are the query layer's: one place
from openklachten.publication.site import filterpanel


class BadRequest(Exception):
    """A Dutch message for the visitor, shown with status 400."""


def bad_request(request, message: str):
    return render(request, "site/fout.html", {"title": "Ongeldige zoekopdracht", "message": message}, status=400)


def handles_bad_input(view):
    """Turn invalid filters or parameters into a Dutch 400 page instead of a 500."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            canonical = by_name_redirect(request)
            if canonical is not None:
                return canonical
            return view(request, *args, **kwargs)
        except (query.InvalidFilter, BadRequest) as error:
            return bad_request(request, str(error))

    return wrapper


def by_name_redirect(request):
    """A name typed into a long filter list's field (filterpanel.COMPACT_FROM) -> the same URL with its code."""
    if not any(key in filterpanel.FILTERS for key in request.GET) or _only_codes_in_use(request):
        return None
    everything = query.facets(query.Filters())  # cached per read-model generation: every value with a count
    canonical = filterpanel.by_name(request.GET, everything, organisation_names())
    return None if canonical is None else redirect(f"{request.path}?{canonical}")


def _only_codes_in_use(request) -> bool:
    """Every filter value is a code some complaint has: by_name would change nothing (and need no counts)."""
    for key in request.GET:
        if key in filterpanel.FILTERS:
            codes = query.codes_in_use(key)
            if codes is None or any(value and value not in codes for value in request.GET.getlist(key)):
                return False
    return True


def parse_filters(request):
    return query.Filters.from_params(request.GET)


def organisation_names() -> dict[str, str]:
    from openklachten.registry.models import Organisation

    return dict(Organisation.objects.values_list("code", "name"))


def page_number(request) -> int:
    """The requested page; beyond MAX_PAGE the last page (the page explains how to get everything)."""
    raw = request.GET.get("_pagina", "1")
    if not raw.isascii() or not raw.isdigit() or int(raw[:9]) < 1:
        raise BadRequest(f"Het paginanummer moet een getal van 1 tot en met {MAX_PAGE} zijn.")
    return MAX_PAGE if len(raw) > 9 else min(int(raw), MAX_PAGE)  # 9 digits: int() of any length is safe


def filter_context(request, filters, counts: dict | None = None, q: str = "") -> dict:
    """The filter panel, the active-filter chips and the query string for links on the page.

    `counts` are the overview's counts for the same filters: without any value filter they equal the
    facets (a facet only differs by ignoring its own filter), which saves a second query.
    """
    names = organisation_names()
    dimensions = set(filterpanel.FILTERS) | {n + filterpanel.EXCLUDE_SUFFIX for n in filterpanel.FILTERS}
    if counts is None or q or any(request.GET.get(name) for name in dimensions):
        counts = query.facets(filters, q=q)  # with a search phrase: counts over the hits only
    return {
        "filter_groups": filterpanel.build(request.GET, counts, names),
        "active_filters": filterpanel.active_filters(request.GET, names),
        "hidden_filters": filterpanel.hidden_inputs(request.GET),
        "filter_query": filterpanel.query_string(request.GET, drop=("_pagina", "_format", "q", "_sort")),
        "van": request.GET.get("van", ""),
        "tot": request.GET.get("tot", ""),
    }
