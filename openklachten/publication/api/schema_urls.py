"""The API routes mounted at /api/v1, as the OpenAPI generator sees them."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("openklachten.publication.api.routes"))]
