"""Public site routes, mounted at the site root."""

from django.urls import path

from openklachten.publication.site.views import grafieken, klachten, organisaties, overzicht, pages, vergelijken

urlpatterns = [
    path("", overzicht.overzicht, name="site-overzicht"),
    path("klachten", klachten.zoeken, name="site-zoeken"),
    path("klachten/<slug:public_id>", klachten.detail, name="site-klacht"),
    path("vergelijken", vergelijken.vergelijken, name="site-vergelijken"),
    path("kaart", vergelijken.kaart, name="site-kaart"),
    path("organisaties", organisaties.organisaties, name="site-organisaties"),
    path("organisaties/<slug:code>", organisaties.organisatie, name="site-organisatie"),
    path("grafieken/<slug:name>.csv", grafieken.grafiek_csv, name="site-grafiek-csv"),
    path("embed/<slug:name>", grafieken.embed, name="site-embed"),
    path("standaard", pages.standaard, name="site-standaard"),
    path("standaard/<str:filename>", pages.artefact, name="site-standaard-bestand"),
    path("over", pages.over, name="site-over"),
    path("open-data", pages.open_data, name="site-open-data"),
]
