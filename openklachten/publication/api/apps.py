from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "openklachten.publication.api"
    label = "publication_api"
    default_auto_field = "django.db.models.BigAutoField"
