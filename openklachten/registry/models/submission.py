import uuid

from django.conf import settings
from django.db import models

from openklachten.registry.models.delivery import Delivery
from openklachten.registry.models.organisation import Organisation


class SubmissionStatus(models.TextChoices):
    QUEUED = "wachtrij", "In de wachtrij"
    RUNNING = "bezig", "Wordt verwerkt"
    DONE = "verwerkt", "Verwerkt"
    REJECTED = "afgekeurd", "Afgekeurd: niets opgeslagen"
    FAILED = "mislukt", "Mislukt: niets opgeslagen"
    WITHDRAWN = "ingetrokken", "Ingetrokken"


FINISHED = (SubmissionStatus.DONE, SubmissionStatus.REJECTED, SubmissionStatus.FAILED, SubmissionStatus.WITHDRAWN)


class Submission(models.Model):
    """One file (or batch of JSON records) handed in through the web upload or the delivery API.

    The file waits in UPLOAD_DIR until a background job imports it, and is deleted then: raw text
    stays on disk only as long as the import needs it. `report` holds the import report (counts,
    the validator's per-cell errors, warnings and notices); `delivery` the Delivery it became.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="submissions")
    channel = models.CharField("kanaal", max_length=10, default="web")  # web | api | zgw
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.ForeignKey(
        "registry.ApiToken", null=True, blank=True, on_delete=models.SET_NULL, related_name="submissions"
    )
    filename = models.CharField("bestandsnaam", max_length=255, blank=True)
    file_path = models.CharField(max_length=500, blank=True)  # relative to UPLOAD_DIR; '' once imported
    sha256 = models.CharField(max_length=64, blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    idempotency_key = models.CharField(max_length=255, blank=True)
    status = models.CharField(
        max_length=12, choices=SubmissionStatus.choices, default=SubmissionStatus.QUEUED, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    report = models.JSONField(default=dict, blank=True)
    delivery = models.ForeignKey(Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "inzending"
        verbose_name_plural = "inzendingen"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="submission_idempotency_key_per_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.filename} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in FINISHED
