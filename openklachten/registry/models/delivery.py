from django.conf import settings
from django.db import models

from openklachten.registry.models.organisation import Organisation


class DeliveryStatus(models.TextChoices):
    PUBLISHED = "gepubliceerd", "Gepubliceerd"
    IN_REVIEW = "in_review", "Wacht op controle"
    WITHDRAWN = "ingetrokken", "Ingetrokken"


class Delivery(models.Model):
    """An aanlevering: one file or batch for a period, with the dataset metadata of the standard."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="deliveries")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    modified_at = models.DateTimeField(auto_now=True)
    source_filename = models.CharField(max_length=255, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True)
    standard_version = models.CharField(max_length=10, default="1.0")
    status = models.CharField(
        max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PUBLISHED, db_index=True
    )
    row_count = models.PositiveIntegerField(default=0)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True, help_text="Velden van het tabblad Metadata.")
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "aanlevering"
        verbose_name_plural = "aanleveringen"

    def __str__(self) -> str:
        return f"{self.organisation} {self.created_at:%Y-%m-%d} ({self.row_count} klachten)"
