"""Withdrawing what was published: one complaint or a whole delivery disappears from public view.

Every change is set-based (one UPDATE or DELETE per table, whatever the number of complaints), logged
in the audit log, and counted in the publication sequence so the read model is rebuilt. A database that
refuses the change (disk full, locked) rolls it back whole and raises `WithdrawalFailed` in Dutch.
"""

from contextlib import contextmanager

from django.db import DatabaseError, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from openklachten.registry import audit
from openklachten.registry.locking import lock_organisation
from openklachten.registry.models import (
    AuditAction,
    Complaint,
    Delivery,
    DeliveryStatus,
    PublicationState,
    QuarantinedText,
    Submission,
    SubmissionStatus,
    WithdrawalReason,
)
from openklachten.registry.signals import send_after_commit

# A text still waiting for review is deleted with the withdrawal; should the complaint come back, it is
# published without that text, and says why.
UNREVIEWED_REASON = "Vrije tekst niet gepubliceerd: de klacht werd ingetrokken voordat de tekst was gecontroleerd."


class NotFound(Exception):
    """No such delivery or complaint (for this publisher)."""


class WithdrawalFailed(Exception):
    """The database refused the change; nothing was changed (the message is Dutch and safe to show)."""


def _is_full(error: Exception) -> bool:
    cause = error.__cause__
    return "full" in str(error).lower() or getattr(cause, "sqlstate", None) == "53100"  # PostgreSQL disk_full


@contextmanager
def _refusal_in_dutch(what: str):
    """Turn a database refusal into a Dutch message; the transaction inside has been rolled back by then."""
    try:
        yield
    except DatabaseError as exc:
        reason = (
            "de schijf of de database van het platform is vol"
            if _is_full(exc)
            else "de database weigerde de wijziging (mogelijk bezet door een andere verwerking)"
        )
        raise WithdrawalFailed(
            f"{what} is niet gelukt: {reason}. Er is niets gewijzigd; wat gepubliceerd was, is nog gepubliceerd. "
            "Probeer het later opnieuw; blijft de fout, neem dan contact op met de beheerder van het platform."
        ) from exc


def _hold_unreviewed(complaints) -> None:
    complaints.filter(quarantined_texts__isnull=False, tekst_achtergehouden="").update(
        tekst_achtergehouden=UNREVIEWED_REASON
    )


def withdraw_delivery(delivery: Delivery) -> int:
    """Withdraw a delivery and every complaint in it; returns the number of complaints withdrawn."""
    now = timezone.now()
    with _refusal_in_dutch(f"Aanlevering {delivery.pk} intrekken"), transaction.atomic():
        lock_organisation(delivery.organisation_id)  # an import for this organisation may be deciding on these rows
        complaints = Complaint.objects.filter(delivery=delivery)
        _hold_unreviewed(complaints)
        count = complaints.exclude(state=PublicationState.WITHDRAWN).update(
            state=PublicationState.WITHDRAWN, withdrawn_at=now, withdrawal_reason=WithdrawalReason.WITH_DELIVERY
        )
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.WITHDRAWN, withdrawn_at=now, modified_at=now
        )
        # Raw text of a withdrawn record has no reason to stay in the quarantine.
        QuarantinedText.objects.filter(complaint__delivery=delivery).delete()
        audit.record(AuditAction.DELIVERY_WITHDRAWN, delivery.organisation_id, delivery=delivery, klachten=count)
        send_after_commit(Delivery, [delivery.organisation_id], "withdraw")
    delivery.status, delivery.withdrawn_at = DeliveryStatus.WITHDRAWN, now
    return count


def undo_withdraw_delivery(delivery: Delivery) -> int:
    """Publish a withdrawn delivery again; complaints withdrawn on their own stay withdrawn. Returns the count."""
    if delivery.status != DeliveryStatus.WITHDRAWN:
        raise NotFound(f"Aanlevering {delivery.pk} is niet ingetrokken.")
    now = timezone.now()
    with _refusal_in_dutch(f"Aanlevering {delivery.pk} terugzetten"), transaction.atomic():
        lock_organisation(delivery.organisation_id)
        count = Complaint.objects.filter(
            delivery=delivery, state=PublicationState.WITHDRAWN, withdrawal_reason=WithdrawalReason.WITH_DELIVERY
        ).update(
            state=PublicationState.PUBLISHED,
            withdrawn_at=None,
            withdrawal_reason=WithdrawalReason.NOT_WITHDRAWN,
            published_at=Coalesce("published_at", now),
        )
        # Texts under review were deleted at withdrawal, so nothing of this delivery waits for review any more.
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.PUBLISHED, withdrawn_at=None, modified_at=now
        )
        Submission.objects.filter(delivery=delivery, status=SubmissionStatus.WITHDRAWN).update(
            status=SubmissionStatus.DONE
        )
        audit.record(AuditAction.DELIVERY_RESTORED, delivery.organisation_id, delivery=delivery, klachten=count)
        send_after_commit(Delivery, [delivery.organisation_id], "import")
    delivery.status, delivery.withdrawn_at = DeliveryStatus.PUBLISHED, None
    return count


def withdraw_complaint(complaint: Complaint) -> None:
    """Withdraw one complaint."""
    now = timezone.now()
    with _refusal_in_dutch(f"Klacht {complaint.public_id} intrekken"), transaction.atomic():
        lock_organisation(complaint.organisation_id)
        _hold_unreviewed(Complaint.objects.filter(pk=complaint.pk))
        Complaint.objects.filter(pk=complaint.pk).update(
            state=PublicationState.WITHDRAWN, withdrawn_at=now, withdrawal_reason=WithdrawalReason.ON_ITS_OWN
        )
        QuarantinedText.objects.filter(complaint_id=complaint.pk).delete()
        audit.record(
            AuditAction.COMPLAINT_WITHDRAWN,
            complaint.organisation_id,
            delivery=complaint.delivery_id,
            complaint=complaint,
        )
        send_after_commit(Complaint, [complaint.organisation_id], "withdraw")
    complaint.state, complaint.withdrawn_at = PublicationState.WITHDRAWN, now
    complaint.withdrawal_reason = WithdrawalReason.ON_ITS_OWN


def withdrawn_on_their_own(organisation):
    """Complaints withdrawn on their own, not as part of a withdrawn delivery (stored in withdrawal_reason)."""
    return Complaint.objects.filter(
        organisation=organisation, state=PublicationState.WITHDRAWN, withdrawal_reason=WithdrawalReason.ON_ITS_OWN
    )


def undo_withdraw_complaint(complaint: Complaint) -> None:
    """Publish a complaint again that was withdrawn on its own (its anonymised columns are kept).

    Texts that were still waiting for review were deleted at withdrawal; the complaint comes back without
    them (UNREVIEWED_REASON says why), and a later delivery of the complaint fills them in again.
    """
    if complaint.state != PublicationState.WITHDRAWN:
        raise NotFound(f"Klacht {complaint.public_id} is niet ingetrokken.")
    if complaint.delivery.status == DeliveryStatus.WITHDRAWN:
        raise NotFound(
            f"Klacht {complaint.public_id} hoort bij ingetrokken aanlevering {complaint.delivery_id}; "
            "zet die aanlevering terug of lever het (verbeterde) bestand opnieuw aan."
        )
    with _refusal_in_dutch(f"Klacht {complaint.public_id} terugzetten"), transaction.atomic():
        lock_organisation(complaint.organisation_id)
        complaint.state, complaint.withdrawn_at = PublicationState.PUBLISHED, None
        complaint.withdrawal_reason = WithdrawalReason.NOT_WITHDRAWN
        complaint.published_at = complaint.published_at or timezone.now()
        complaint.save(update_fields=["state", "withdrawn_at", "withdrawal_reason", "published_at"])
        audit.record(
            AuditAction.COMPLAINT_RESTORED,
            complaint.organisation_id,
            delivery=complaint.delivery_id,
            complaint=complaint,
        )
        send_after_commit(Complaint, [complaint.organisation_id], "import")


def find_delivery(delivery_id, organisations=None) -> Delivery:
    queryset = (
        Delivery.objects.all() if organisations is None else Delivery.objects.filter(organisation__in=organisations)
    )
    try:
        return queryset.get(pk=int(delivery_id))
    except (Delivery.DoesNotExist, ValueError) as exc:
        raise NotFound(f"Aanlevering {delivery_id} bestaat niet.") from exc


def find_complaint(public_id: str, organisations=None) -> Complaint:
    queryset = (
        Complaint.objects.all() if organisations is None else Complaint.objects.filter(organisation__in=organisations)
    )
    try:
        return queryset.get(public_id=public_id.strip().lower())
    except Complaint.DoesNotExist as exc:
        raise NotFound(f"Klacht {public_id} bestaat niet.") from exc
