"""/api/v1/: the entry point a harvester reaches through the catalogue's dcat:endpointURL, linking every resource."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from openklachten.publication import query
from openklachten.publication.api import docs, serializers
from openklachten.publication.api.base import ApiView

RESOURCES = ("klachten", "statistieken", "organisaties", "aanleveringen", "waardelijsten", "openapi.json")


class IndexView(ApiView):
    @extend_schema(
        operation_id="apiIndex",
        summary="Ingang van de API",
        description="Links naar alle bronnen van de API en naar het OpenAPI-document.",
        responses={200: serializers.ApiIndex, **docs.ERRORS},
        tags=["api"],
    )
    def get(self, request):
        if request.query_params:
            raise query.InvalidFilter("De ingang van de API kent geen parameters.")
        base = request.build_absolute_uri("/api/v1/")
        return Response(
            {
                "naam": "Open Klachten API",
                "_links": {
                    "self": {"href": base},
                    **{name.split(".")[0]: {"href": base + name} for name in RESOURCES},
                    "downloads": {"href": request.build_absolute_uri("/downloads/")},
                },
            }
        )
