from django.apps import AppConfig


class DcatConfig(AppConfig):
    name = "openklachten.publication.dcat"
    label = "publication_dcat"
    default_auto_field = "django.db.models.BigAutoField"
