"""The review quarantine: raw free text waiting for the publisher's decision.

No public view, API, export or read model reads this table. A row disappears when the publisher
approves the text (the redacted version is then written to the complaint) or, at the latest,
QUARANTINE_DAYS after it was created (`openklachten purge_quarantine`, also run before every import).
"""

from django.conf import settings
from django.db import models

from openklachten.registry.models.complaint import Complaint
from openklachten.registry.models.delivery import Delivery


class ReviewSample(models.Model):
    """A random sample of a delivery's held texts; when all are approved unchanged, the rest may follow at once."""

    delivery = models.OneToOneField(Delivery, on_delete=models.CASCADE, related_name="review_sample")
    size = models.PositiveIntegerField(help_text="Aantal teksten in de steekproef.")
    approved = models.PositiveIntegerField(default=0, help_text="Goedgekeurde teksten uit de steekproef.")
    corrected = models.PositiveIntegerField(default=0, help_text="Aanpassingen aan redacties in de steekproef.")
    drawn_at = models.DateTimeField(auto_now_add=True)
    drawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rest_approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "steekproef"
        verbose_name_plural = "steekproeven"

    @property
    def complete(self) -> bool:
        """Every sampled text approved and none of them needed a correction."""
        return self.approved >= self.size and self.corrected == 0


class QuarantinedText(models.Model):
    """One free-text field of one complaint whose anonymisation needs a human check."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="quarantined_texts")
    field = models.CharField(max_length=40, help_text="Naam van het vrije-tekstveld van de klacht.")
    raw_text = models.TextField(help_text="Oorspronkelijke tekst; wordt gewist na publicatie of na de bewaartermijn.")
    entities = models.JSONField(default=list, help_text="Voorgestelde redacties: start, end, type, source.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sample = models.ForeignKey(
        ReviewSample, null=True, blank=True, on_delete=models.SET_NULL, related_name="items", editable=False
    )

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "tekst in quarantaine"
        verbose_name_plural = "teksten in quarantaine"
        constraints = [models.UniqueConstraint(fields=["complaint", "field"], name="unique_quarantine_per_field")]

    def __str__(self) -> str:
        return f"{self.complaint.public_id} · {self.field}"
