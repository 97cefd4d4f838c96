"""The resources of the API (plural Dutch nouns, no trailing slashes)."""

from django.urls import path

from openklachten.publication.api.views import aanleveren, catalogus, index, klachten, statistieken

urlpatterns = [
    path("", index.IndexView.as_view(), name="api-index"),
    path("klachten", klachten.KlachtenView.as_view(), name="api-klachten"),
    path("klachten/<str:public_id>", klachten.KlachtView.as_view(), name="api-klacht"),
    path("statistieken", statistieken.StatistiekenView.as_view(), name="api-statistieken"),
    path("organisaties", catalogus.OrganisatiesView.as_view(), name="api-organisaties"),
    path("organisaties/<str:code>", catalogus.OrganisatieView.as_view(), name="api-organisatie"),
    path("aanleveringen", aanleveren.AanleveringenView.as_view(), name="api-aanleveringen"),
    path("aanleveringen/<uuid:id>", aanleveren.AanleveringView.as_view(), name="api-aanlevering"),
    path("waardelijsten", catalogus.WaardelijstenView.as_view(), name="api-waardelijsten"),
    path("waardelijsten/<str:naam>", catalogus.WaardelijstView.as_view(), name="api-waardelijst"),
]
