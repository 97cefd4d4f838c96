from django.conf import settings
from django.db import models


class ReportTextStatus(models.TextChoices):
    CONCEPT = "concept", "Concept"
    PUBLISHED = "gepubliceerd", "Gepubliceerd"
    REPLACED = "vervangen", "Vervangen"


class ReportText(models.Model):
    """The coordinator's own text on a complaint report (klachtenjaarverslag): introduction, conclusion, points.

    Plain text only (registry.report_texts sanitises it). A published version is never changed: publishing a
    correction marks the previous one `vervangen` and keeps it reachable.
    """

    organisation = models.ForeignKey("registry.Organisation", on_delete=models.CASCADE, related_name="report_texts")
    period = models.CharField(max_length=7, help_text="Jaar (2024) of kwartaal (2024-K3).")
    introductie = models.TextField(blank=True)
    conclusie = models.TextField(blank=True)
    aandachtspunten = models.TextField("aandachtspunten voor volgend jaar", blank=True)
    status = models.CharField(max_length=20, choices=ReportTextStatus.choices, default=ReportTextStatus.CONCEPT)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    replaced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["organisation", "period", "-published_at"]
        verbose_name = "toelichting bij het klachtenjaarverslag"
        verbose_name_plural = "toelichtingen bij klachtenjaarverslagen"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "period"], condition=models.Q(status="concept"), name="one_concept_report_text"
            ),
            models.UniqueConstraint(
                fields=["organisation", "period"],
                condition=models.Q(status="gepubliceerd"),
                name="one_published_report_text",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.period} ({self.get_status_display()})"
