"""Root URL map: each publication component mounts its own urls module."""

from django.contrib import admin
from django.urls import include, path

from openklachten.publication.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("beheer/", admin.site.urls),
    path("api/v1/", include("openklachten.publication.api.urls")),
    path("", include("openklachten.publication.dcat.urls")),
    path("", include("openklachten.publication.exports.urls")),
    path("", include("openklachten.registry.urls")),
    path("", include("openklachten.publication.reports.urls")),
    path("", include("openklachten.publication.site.urls")),
]
