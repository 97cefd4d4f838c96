from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "openklachten.publication.exports"
    label = "publication_exports"
    default_auto_field = "django.db.models.BigAutoField"
