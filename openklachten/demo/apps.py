from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo dataset and `openklachten demo`: may use every component; no component uses it."""

    name = "openklachten.demo"
    label = "demo"
