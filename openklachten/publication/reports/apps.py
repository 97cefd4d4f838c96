from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "openklachten.publication.reports"
    label = "reports"
    verbose_name = "Klachtenjaarverslagen"
