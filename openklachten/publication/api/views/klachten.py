"""/klachten and /klachten/{id}: filtered, searchable, paged complaints."""

import datetime as dt
import math
from urllib.parse import urlencode

from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from openklachten.publication import query
from openklachten.publication.api import docs, serializers
from openklachten.publication.api.base import ApiView
from openklachten.publication.query import defaults, meta


def represent(request, row: dict) -> dict:
    """A complaint as the API shows it: public fields, its URL and the Woo information category."""
    out = {
        "url": request.build_absolute_uri(f"/api/v1/klachten/{row['public_id']}"),
        "informatiecategorie": meta.WOO_CATEGORY,
    }
    for key, value in row.items():
        if key in ("fragmenten", "keten"):
            continue
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)  # the read model stores UTC without a zone
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value
    if "fragmenten" in row and row["fragmenten"]:
        out["fragmenten"] = [{"veld": veld, "html": html} for veld, html in row["fragmenten"]]
    return out


def links(request, page: int, pages: int) -> dict:
    def href(number):
        pairs = [(k, v) for k in request.query_params for v in request.query_params.getlist(k) if k != "pagina"]
        return {"href": request.build_absolute_uri(request.path + "?" + urlencode(pairs + [("pagina", number)]))}

    out = {"self": href(page), "first": href(1), "last": href(pages)}
    if page > 1:
        out["prev"] = href(page - 1)
    if page < pages:
        out["next"] = href(page + 1)
    return out


class KlachtenView(ApiView):
    controls = ("q", "sorteer", "pagina", "paginaGrootte")

    @extend_schema(
        operation_id="klachtenLijst",
        summary="Klachten zoeken en filteren",
        description="Gepubliceerde, geanonimiseerde klachten. Alle dashboardfilters zijn combineerbaar; herhaal een "
        "parameter voor meerdere waarden (OF), sluit waarden uit met het achtervoegsel `Niet` "
        "(`conclusieNiet=ongegrond`). `q` zoekt in de vrije tekst met Nederlandse stamvorming.",
        parameters=docs.filter_parameters() + docs.search_parameters(),
        responses={200: serializers.page_of("KlachtenPagina", serializers.KlachtInLijst), **docs.ERRORS},
        tags=["klachten"],
    )
    def get(self, request):
        params = self.params(request)
        filters = self.filters(params)
        q = query.params.query(params)
        sort = query.params.sort(params, q)
        page, size = query.params.page(params), query.params.size(params)
        found = query.search(filters, q, sort, page, size)
        pages = max(1, min(math.ceil(found["total"] / size), defaults.MAX_PAGE))
        return Response(
            {
                "_meta": meta.meta(),
                "_links": links(request, page, pages),
                "totaal": found["total"],
                "pagina": page,
                "paginaGrootte": size,
                "resultaten": [represent(request, row) for row in found["results"]],
            }
        )


class KlachtView(ApiView):
    @extend_schema(
        operation_id="klachtOphalen",
        summary="Eén klacht",
        description="Eén gepubliceerde klacht met zijn keten: de gekoppelde eerste- en tweedelijnsklachten.",
        responses={200: serializers.KlachtDetail, **docs.ERRORS_404},
        tags=["klachten"],
    )
    def get(self, request, public_id: str):
        row = query.get(public_id)
        if row is None:
            raise NotFound()
        out = represent(request, row)
        out["keten"] = [
            {
                "public_id": r["public_id"],
                "url": request.build_absolute_uri(f"/api/v1/klachten/{r['public_id']}"),
                "organisatie": r["organisatie"],
                "eerstelijns_tweedelijns": r["eerstelijns_tweedelijns"],
                "ontvangstdatum": r["ontvangstdatum"].isoformat(),
            }
            for r in row["keten"]
        ]
        return Response(out)
