from django.apps import AppConfig


class AnonymisationConfig(AppConfig):
    name = "openklachten.anonymisation"
    label = "anonymisation"
    default_auto_field = "django.db.models.BigAutoField"
