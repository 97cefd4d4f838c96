from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "openklachten.publication.api"
    label = "publication_api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The read model follows the registry: rebuild whenever what is public changes.
        try:
            from openklachten.registry.signals import publication_changed
        except ImportError:  # pragma: no cover - the registry always ships the signal; kept for partial installs
            return
        from openklachten.publication.readmodel import on_publication_changed

        publication_changed.connect(on_publication_changed, dispatch_uid="publication-readmodel-rebuild")
