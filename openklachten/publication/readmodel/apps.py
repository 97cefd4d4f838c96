from django.apps import AppConfig


class ReadModelConfig(AppConfig):
    """The read model as its own app: it follows the registry's publication_changed signal."""

    name = "openklachten.publication.readmodel"
    label = "publication_readmodel"
    verbose_name = "Leesopslag"

    def ready(self):
        from openklachten.publication.readmodel import on_publication_changed
        from openklachten.registry.signals import publication_changed

        publication_changed.connect(on_publication_changed, dispatch_uid="publication-readmodel-rebuild")
