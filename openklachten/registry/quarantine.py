"""The review quarantine's life cycle: hold raw text, publish the approved redaction, purge.

Raw text lives only in QuarantinedText. It is deleted when the publisher approves the text and
at the latest QUARANTINE_DAYS after it arrived; an expired complaint is then published with its
free text withheld, so it still counts in the statistics. Bulk steps are set-based: their number of
queries does not grow with the number of texts (only with the number of distinct fields).
"""

import datetime as dt

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from openklachten.registry import audit, redaction
from openklachten.registry.models import (
    AuditAction,
    Complaint,
    Delivery,
    DeliveryStatus,
    PublicationState,
    QuarantinedText,
    ReviewSample,
)
from openklachten.registry.signals import send_after_commit

EXPIRED_REASON = "Vrije tekst niet gepubliceerd: niet binnen de controletermijn gecontroleerd."


def approve(item: QuarantinedText, entities: list[dict]) -> Complaint:
    """Publish the redacted text of one field and delete the raw text."""
    with transaction.atomic():
        complaint = Complaint.objects.select_for_update().get(pk=item.complaint_id)
        setattr(complaint, item.field, redaction.render(item.raw_text, entities))
        item.delete()
        if item.sample_id:
            ReviewSample.objects.filter(pk=item.sample_id).update(approved=F("approved") + 1)
        _publish_if_done(complaint)
        audit.record(
            AuditAction.TEXT_APPROVED,
            complaint.organisation_id,
            delivery=complaint.delivery_id,
            complaint=complaint,
            veld=item.field,
            redacties=len(entities),
        )
        send_after_commit(Complaint, [complaint.organisation_id], "review")
    return complaint


def save_redactions(item: QuarantinedText, entities: list[dict], action: AuditAction, **details) -> None:
    """Store the publisher's change to the redactions of a held text (undo, add, retype), and log it."""
    with transaction.atomic():
        item.entities = entities
        item.save(update_fields=["entities"])
        if item.sample_id:  # a sampled text that needed a correction: the sample no longer vouches for the rest
            ReviewSample.objects.filter(pk=item.sample_id).update(corrected=F("corrected") + 1)
        audit.record(
            action,
            item.complaint.organisation_id,
            delivery=item.complaint.delivery_id,
            complaint=item.complaint,
            veld=item.field,
            **details,
        )


def approve_all(items) -> int:
    """Approve many texts with their proposed redactions in one transaction (bulk approval, the demo's review)."""
    with transaction.atomic():
        items = list(items)
        if not items:
            return 0
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
        ids = sorted({item.complaint_id for item in items})
        _delete_in_batches(QuarantinedText.objects, [item.pk for item in items])
        organisation_ids, delivery_ids = set(), set()
        now = timezone.now()
        for start in range(0, len(ids), 500):  # SQLite allows only so many parameters per statement
            batch = Complaint.objects.filter(pk__in=ids[start : start + 500])
            for organisation_id, delivery_id in batch.values_list("organisation_id", "delivery_id").distinct():
                organisation_ids.add(organisation_id)
                delivery_ids.add(delivery_id)
            batch.filter(state=PublicationState.IN_REVIEW).exclude(quarantined_texts__isnull=False).update(
                state=PublicationState.PUBLISHED, published_at=now
            )
        _publish_finished_deliveries(delivery_ids)
        send_after_commit(Complaint, organisation_ids, "review")
    return len(items)


def purge_expired(now: dt.datetime | None = None) -> int:
    """Delete raw text older than QUARANTINE_DAYS; returns how many texts were purged."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.QUARANTINE_DAYS)
    with transaction.atomic():
        expired = QuarantinedText.objects.filter(created_at__lt=cutoff)
        affected = list(expired.values_list("complaint_id", "complaint__organisation_id", "complaint__delivery_id"))
        if not affected:
            return 0
        ids = sorted({complaint_id for complaint_id, _, _ in affected})
        expired.delete()
        for start in range(0, len(ids), 500):
            batch = Complaint.objects.filter(pk__in=ids[start : start + 500])
            batch.update(tekst_achtergehouden=EXPIRED_REASON)
            batch.filter(state=PublicationState.IN_REVIEW).exclude(quarantined_texts__isnull=False).update(
                state=PublicationState.PUBLISHED, published_at=timezone.now()
            )
        _publish_finished_deliveries({delivery_id for _, _, delivery_id in affected})
        send_after_commit(Complaint, [organisation_id for _, organisation_id, _ in affected], "review")
    return len(affected)


def _delete_in_batches(manager, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        manager.filter(pk__in=ids[start : start + 500]).delete()


def _publish_finished_deliveries(delivery_ids) -> None:
    """The affected deliveries in review, and only those, are published once none of their complaints waits."""
    Delivery.objects.filter(pk__in=sorted(delivery_ids), status=DeliveryStatus.IN_REVIEW).exclude(
        complaints__state=PublicationState.IN_REVIEW
    ).update(status=DeliveryStatus.PUBLISHED)


def _publish_if_done(complaint: Complaint) -> None:
    """A complaint leaves review when none of its fields waits any more; so may its delivery."""
    if not complaint.quarantined_texts.exists() and complaint.state == PublicationState.IN_REVIEW:
        complaint.state = PublicationState.PUBLISHED
        complaint.published_at = timezone.now()
    complaint.save()
    _publish_finished_deliveries([complaint.delivery_id])
