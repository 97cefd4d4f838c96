"""/statistieken: counts and rates per any dimension, time series, median handling time, term compliance."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from openklachten.publication import query
from openklachten.publication.api import docs, parameters, serializers
from openklachten.publication.api.base import ApiView
from openklachten.publication.query import meta
from openklachten.publication.query.aggregates import DIMENSIONS

DIMENSION_PARAMS = {parameters.camel(d): d for d in DIMENSIONS}


class StatistiekenView(ApiView):
    controls = ("dimensie",)

    @extend_schema(
        operation_id="statistieken",
        summary="Statistieken per dimensie",
        description="Aantal klachten, aandeel binnen de Awb-termijn en mediane behandelduur (beide over formele "
        "klachten; de mediane behandelduur van informele klachten apart) en aandeel gegrond, met de "
        "aantallen achter elk percentage, "
        "voor de hele selectie en per waarde van één dimensie (standaard per maand: een tijdreeks). "
        "Dezelfde filters als /klachten.",
        parameters=docs.filter_parameters() + docs.statistics_parameters(),
        responses={200: serializers.Statistieken, **docs.ERRORS},
        tags=["statistieken"],
    )
    def get(self, request):
        params = self.params(request)
        filters = self.filters(params)
        chosen = query.params.choice(params, "_dimensie", list(DIMENSION_PARAMS), "maand")
        dimension = DIMENSION_PARAMS[chosen]
        rows = query.statistics(filters, dimension)
        return Response(
            {
                "_meta": meta.meta(),
                "dimensie": chosen,
                "samenvatting": query.summary(filters),
                "waarden": [
                    {**row, "waarde": str(row["waarde"]), "label": query.label(dimension, row["waarde"])}
                    for row in rows
                ],
            }
        )
