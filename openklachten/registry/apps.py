from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "openklachten.registry"
    label = "registry"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from openklachten.registry import sequence
        from openklachten.registry.models import Organisation

        # Cached public pages are keyed by this count (publication.site.pagecache).
        post_save.connect(sequence.on_organisation_saved, sender=Organisation, dispatch_uid="organisations_version")
        post_delete.connect(sequence.on_organisation_saved, sender=Organisation, dispatch_uid="organisations_version")
