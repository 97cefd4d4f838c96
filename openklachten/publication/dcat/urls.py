"""DCAT catalogue routes, mounted at the site root."""

from django.urls import path

from . import views

urlpatterns = [
    path("catalogus.ttl", views.catalogus_ttl, name="dcat-catalogus-ttl"),
    path("catalogus.jsonld", views.catalogus_jsonld, name="dcat-catalogus-jsonld"),
]
