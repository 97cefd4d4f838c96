from django.apps import AppConfig


class ConfigConfig(AppConfig):
    """The wiring's own commands: `serve` (the app server) and `envdocs` (the settings table)."""

    name = "openklachten.config"
    label = "config"
