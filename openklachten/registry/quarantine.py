"""The review quarantine's life cycle: hold raw text, publish the approved redaction, purge.

Raw text lives only in QuarantinedText. It is deleted when the publisher approves the text and
at the latest QUARANTINE_DAYS after it arrived; an expired complaint is then published with its
free text withheld, so it still counts in the statistics.
"""

import datetime as dt

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from openklachten.registry import redaction
from openklachten.registry.models import Complaint, Delivery, DeliveryStatus, PublicationState, QuarantinedText
from openklachten.registry.signals import send_after_commit

EXPIRED_REASON = "Vrije tekst niet gepubliceerd: niet binnen de controletermijn gecontroleerd."


def approve(item: QuarantinedText, entities: list[dict]) -> Complaint:
    """Publish the redacted text of one field and delete the raw text."""
    with transaction.atomic():
        complaint = Complaint.objects.select_for_update().get(pk=item.complaint_id)
        setattr(complaint, item.field, redaction.render(item.raw_text, entities))
        item.delete()
        _publish_if_done(complaint)
        send_after_commit(Complaint, [complaint.organisation_id], "review")
    return complaint


def approve_all(items) -> int:
    """Approve many texts with their proposed redactions in one transaction (the demo's simulated review)."""
    with transaction.atomic():
        items = list(items)
        by_field: dict[str, list[tuple[str, int]]] = {}
        for item in items:
            by_field.setdefault(item.field, []).append(
                (redaction.render(item.raw_text, item.entities), item.complaint_id)
            )
        # One executemany per field: Django's bulk_update builds a CASE per row and takes minutes here.
        table = connection.ops.quote_name(Complaint._meta.db_table)
        with connection.cursor() as cursor:
            for name, values in by_field.items():
                column = connection.ops.quote_name(Complaint._meta.get_field(name).column)
                cursor.executemany(f"UPDATE {table} SET {column} = %s WHERE id = %s", values)
        QuarantinedText.objects.filter(pk__in=[item.pk for item in items]).delete()
        ids = sorted({item.complaint_id for item in items})
        organisation_ids = set()
        for start in range(0, len(ids), 500):
            batch = Complaint.objects.filter(pk__in=ids[start : start + 500], state=PublicationState.IN_REVIEW)
            batch = batch.exclude(quarantined_texts__isnull=False)
            organisation_ids |= set(batch.values_list("organisation_id", flat=True))
            batch.update(state=PublicationState.PUBLISHED, published_at=timezone.now())
        Delivery.objects.filter(status=DeliveryStatus.IN_REVIEW).exclude(
            complaints__state=PublicationState.IN_REVIEW
        ).update(status=DeliveryStatus.PUBLISHED)
        send_after_commit(Complaint, organisation_ids, "review")
    return len(items)


def purge_expired(now: dt.datetime | None = None) -> int:
    """Delete raw text older than QUARANTINE_DAYS; returns how many texts were purged."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.QUARANTINE_DAYS)
    with transaction.atomic():
        expired = list(QuarantinedText.objects.filter(created_at__lt=cutoff).select_related("complaint"))
        if not expired:
            return 0
        QuarantinedText.objects.filter(pk__in=[item.pk for item in expired]).delete()
        complaints = {item.complaint_id: item.complaint for item in expired}
        for complaint in complaints.values():
            complaint.tekst_achtergehouden = EXPIRED_REASON
            _publish_if_done(complaint)
        send_after_commit(Complaint, [c.organisation_id for c in complaints.values()], "review")
    return len(expired)


def _publish_if_done(complaint: Complaint) -> None:
    """A complaint leaves review when none of its fields waits any more; so may its delivery."""
    if not complaint.quarantined_texts.exists() and complaint.state == PublicationState.IN_REVIEW:
        complaint.state = PublicationState.PUBLISHED
        complaint.published_at = timezone.now()
    complaint.save()
    delivery = complaint.delivery
    if (
        delivery.status == DeliveryStatus.IN_REVIEW
        and not delivery.complaints.filter(state=PublicationState.IN_REVIEW).exists()
    ):
        Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.PUBLISHED)
