"""Mounted at /api/v1/ by config/urls.py: the resources, the OpenAPI document, problem+json for the rest."""

from django.http import HttpResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt

from openklachten.publication.api import openapi, problems
from openklachten.publication.api.base import add_headers


@csrf_exempt
def openapi_json(request):
    """The committed OpenAPI document (what the test keeps fresh), served as is."""
    if request.method not in ("GET", "HEAD"):
        return add_headers(problems.problem(405, "Deze API is alleen-lezen: gebruik GET.", request.path))
    return add_headers(HttpResponse(openapi.committed(), content_type="application/json"))


@csrf_exempt  # no cookies or sessions in the API: an unknown path is a problem+json 404 for every method
def not_found(request, rest=""):
    return add_headers(problems.problem(404, "Deze bron bestaat niet in de API.", request.path))


urlpatterns = [
    path("openapi.json", openapi_json, name="api-openapi"),
    path("", include("openklachten.publication.api.routes")),
    re_path(r"^(?P<rest>[\s\S]*)$", not_found),
]
