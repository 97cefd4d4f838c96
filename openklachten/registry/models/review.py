"""The review quarantine: raw free text waiting for the publisher's decision.

No public view, API, export or read model reads this table. A row disappears when the publisher
approves the text (the redacted version is then written to the complaint) or, at the latest,
QUARANTINE_DAYS after it was created (`openklachten purge_quarantine`, also run before every import).
"""

from django.db import models

from openklachten.registry.models.complaint import Complaint


class QuarantinedText(models.Model):
    """One free-text field of one complaint whose anonymisation needs a human check."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="quarantined_texts")
    field = models.CharField(max_length=40, help_text="Naam van het vrije-tekstveld van de klacht.")
    raw_text = models.TextField(help_text="Oorspronkelijke tekst; wordt gewist na publicatie of na de bewaartermijn.")
    entities = models.JSONField(default=list, help_text="Voorgestelde redacties: start, end, type, source.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "tekst in quarantaine"
        verbose_name_plural = "teksten in quarantaine"
        constraints = [models.UniqueConstraint(fields=["complaint", "field"], name="unique_quarantine_per_field")]

    def __str__(self) -> str:
        return f"{self.complaint.public_id} · {self.field}"
