from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "openklachten.publication.site"
    label = "publication_site"
    default_auto_field = "django.db.models.BigAutoField"
