"""/organisaties, /aanleveringen and /waardelijsten: who publishes, what they delivered, which codes exist."""

import json
import math

from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from openklachten.publication import query
from openklachten.publication.api import docs, serializers
from openklachten.publication.api.base import ApiView
from openklachten.publication.api.views.klachten import links
from openklachten.publication.query import meta, store

COUNTS = ("aantal_gegrond", "aantal_beoordeeld", "aantal_binnen_termijn", "aantal_afgehandeld_formeel")


def _organisations(request) -> list[dict]:
    figures = {row["organisatie"]: row for row in query.compare(query.Filters())}
    freshness = {p["organisatie"]: p for p in meta.meta()["aanleverders"]}
    rows = (
        store.connection()
        .execute("SELECT code, naam, type, cbs_code, tooi_uri FROM organisaties ORDER BY naam, code")
        .fetchall()
    )
    out = []
    for code, naam, kind, cbs, tooi in rows:
        fig = figures.get(code, {})
        fresh = freshness.get(code, {})
        out.append(
            {
                "code": code,
                "url": request.build_absolute_uri(f"/api/v1/organisaties/{code}"),
                "naam": naam,
                "type": kind,
                "cbs_code": cbs,
                "tooi_uri": tooi,
                "aantal_klachten": fig.get("total", 0),
                "inwoners": fig.get("inwoners"),
                "per_10000": fig.get("per_10000"),
                "gegrond": fig.get("gegrond"),
                "binnen_termijn": fig.get("binnen_termijn"),
                "mediaan_behandelduur": fig.get("mediaan_behandelduur"),
                "mediaan_behandelduur_informeel": fig.get("mediaan_behandelduur_informeel"),
                **{key: fig.get(key, 0) for key in COUNTS},
                "te_weinig_klachten": fig.get("te_weinig_klachten", True),
                "laatste_aanlevering": fresh.get("laatste_aanlevering"),
                "verouderd": fresh.get("verouderd", True),
            }
        )
    return out


class OrganisatiesView(ApiView):
    controls = ("pagina", "paginaGrootte")

    @extend_schema(
        operation_id="organisatiesLijst",
        summary="Organisaties",
        description="Klachtbehandelaars met hun kerncijfers en de versheid van hun aanleveringen. "
        "Onder 30 klachten geen percentages ('te weinig klachten').",
        parameters=docs.paging_parameters(),
        responses={200: serializers.page_of("OrganisatiesPagina", serializers.Organisatie), **docs.ERRORS},
        tags=["organisaties"],
    )
    def get(self, request):
        params = self.params(request)
        if any(k not in ("_pagina", "_grootte") for k in params):
            raise query.InvalidFilter("Dit overzicht kent alleen de parameters pagina en paginaGrootte.")
        return paged(request, params, _organisations(request))


class OrganisatieView(ApiView):
    @extend_schema(
        operation_id="organisatieOphalen",
        summary="Eén organisatie",
        responses={200: serializers.Organisatie, **docs.ERRORS_404},
        tags=["organisaties"],
    )
    def get(self, request, code: str):
        found = next((o for o in _organisations(request) if o["code"] == code), None)
        if found is None:
            raise NotFound()
        return Response(found)


def paged(request, params, items: list[dict]):
    page, size = query.params.page(params), query.params.size(params)
    pages = max(1, math.ceil(len(items) / size))
    return Response(
        {
            "_meta": meta.meta(),
            "_links": links(request, page, pages),
            "totaal": len(items),
            "pagina": page,
            "paginaGrootte": size,
            "resultaten": items[(page - 1) * size : page * size],
        }
    )


class AanleveringenView(ApiView):
    controls = ("pagina", "paginaGrootte")

    @extend_schema(
        operation_id="aanleveringenLijst",
        summary="Aanleveringen",
        description="Gepubliceerde aanleveringen met hun datasetmetadata en downloads per aanlevering. "
        "Filter op organisatie met `organisatie`.",
        parameters=[p for p in docs.filter_parameters() if p.name == "organisatie"] + docs.paging_parameters(),
        responses={200: serializers.page_of("AanleveringenPagina", serializers.Aanlevering), **docs.ERRORS},
        tags=["aanleveringen"],
    )
    def get(self, request):
        params = self.params(request)
        if any(k not in ("_pagina", "_grootte", "organisatie") for k in params):
            raise query.InvalidFilter("Dit overzicht kent alleen de parameters organisatie, pagina en paginaGrootte.")
        chosen = query.Filters.from_params(params).include.get("organisatie")
        sql = "SELECT * FROM aanleveringen"
        args: list = []
        if chosen:
            sql += f" WHERE organisatie IN ({', '.join('?' * len(chosen))})"
            args = list(chosen)
        cursor = store.connection().execute(sql + " ORDER BY aangeleverd_op DESC, id DESC", args)
        names = [d[0] for d in cursor.description]
        items = []
        for row in cursor.fetchall():
            item = dict(zip(names, row, strict=False))
            for key, value in item.items():
                if hasattr(value, "isoformat"):
                    item[key] = value.isoformat() + ("+00:00" if key.endswith("_op") else "")
            item["metadata"] = json.loads(item["metadata"] or "{}")
            base = request.build_absolute_uri(f"/downloads/aanleveringen/{item['id']}")
            item["downloads"] = {fmt: f"{base}.{fmt}" for fmt in ("csv", "jsonl", "parquet")}
            items.append(item)
        return paged(request, params, items)


def _codelists() -> dict:
    from openklachten import standard

    return {name: cl for name, cl in standard.load().codelists.items()}


class WaardelijstenView(ApiView):
    @extend_schema(
        operation_id="waardelijstenLijst",
        summary="Waardelijsten",
        description="De waardelijsten van de Open Klachten Datastandaard.",
        responses={200: serializers.Waardelijst(many=True), **docs.ERRORS},
        tags=["waardelijsten"],
    )
    def get(self, request):
        if request.query_params:
            raise query.InvalidFilter("Dit overzicht kent geen parameters.")
        return Response(
            [
                {"naam": name, "url": request.build_absolute_uri(f"/api/v1/waardelijsten/{name}")}
                for name in sorted(_codelists())
            ]
        )


class WaardelijstView(ApiView):
    @extend_schema(
        operation_id="waardelijstOphalen",
        summary="Eén waardelijst",
        responses={200: serializers.Waardelijst, **docs.ERRORS_404},
        tags=["waardelijsten"],
    )
    def get(self, request, naam: str):
        found = _codelists().get(naam)
        if found is None:
            raise NotFound()
        return Response(
            {
                "naam": naam,
                "url": request.build_absolute_uri(f"/api/v1/waardelijsten/{naam}"),
                "codes": [{"code": c.code, "label": c.label, "toelichting": c.toelichting} for c in found.items],
            }
        )
