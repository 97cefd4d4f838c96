"""Withdrawing what was published: one complaint or a whole delivery disappears from public view."""

from django.db import transaction
from django.utils import timezone

from openklachten.registry.locking import lock_organisation
from openklachten.registry.models import Complaint, Delivery, DeliveryStatus, PublicationState, WithdrawalReason
from openklachten.registry.signals import send_after_commit


class NotFound(Exception):
    """No such delivery or complaint (for this publisher)."""


def withdraw_delivery(delivery: Delivery) -> int:
    """Withdraw a delivery and every complaint in it; returns the number of complaints withdrawn."""
    now = timezone.now()
    with transaction.atomic():
        lock_organisation(delivery.organisation_id)  # an import for this organisation may be deciding on these rows
        count = delivery.complaints.exclude(state=PublicationState.WITHDRAWN).update(
            state=PublicationState.WITHDRAWN, withdrawn_at=now, withdrawal_reason=WithdrawalReason.WITH_DELIVERY
        )
        delivery.status, delivery.withdrawn_at = DeliveryStatus.WITHDRAWN, now
        delivery.save(update_fields=["status", "withdrawn_at", "modified_at"])
        # Raw text of a withdrawn record has no reason to stay in the quarantine.
        for complaint in delivery.complaints.all():
            complaint.quarantined_texts.all().delete()
        send_after_commit(Delivery, [delivery.organisation_id], "withdraw")
    return count


def withdraw_complaint(complaint: Complaint) -> None:
    """Withdraw one complaint."""
    with transaction.atomic():
        lock_organisation(complaint.organisation_id)
        complaint.state, complaint.withdrawn_at = PublicationState.WITHDRAWN, timezone.now()
        complaint.withdrawal_reason = WithdrawalReason.ON_ITS_OWN
        complaint.save(update_fields=["state", "withdrawn_at", "withdrawal_reason"])
        complaint.quarantined_texts.all().delete()
        send_after_commit(Complaint, [complaint.organisation_id], "withdraw")


def withdrawn_on_their_own(organisation):
    """Complaints withdrawn on their own, not as part of a withdrawn delivery (stored in withdrawal_reason)."""
    return Complaint.objects.filter(
        organisation=organisation, state=PublicationState.WITHDRAWN, withdrawal_reason=WithdrawalReason.ON_ITS_OWN
    )


def undo_withdraw_complaint(complaint: Complaint) -> None:
    """Publish a complaint again that was withdrawn on its own (its anonymised columns are kept).

    Texts that were still waiting for review were deleted at withdrawal and stay empty; a later
    delivery of the complaint fills them in again.
    """
    if complaint.state != PublicationState.WITHDRAWN:
        raise NotFound(f"Klacht {complaint.public_id} is niet ingetrokken.")
    if complaint.delivery.status == DeliveryStatus.WITHDRAWN:
        raise NotFound(
            f"Klacht {complaint.public_id} hoort bij ingetrokken aanlevering {complaint.delivery_id}; "
            "lever het (verbeterde) bestand opnieuw aan."
        )
    with transaction.atomic():
        lock_organisation(complaint.organisation_id)
        complaint.state, complaint.withdrawn_at = PublicationState.PUBLISHED, None
        complaint.withdrawal_reason = WithdrawalReason.NOT_WITHDRAWN
        complaint.published_at = complaint.published_at or timezone.now()
        complaint.save(update_fields=["state", "withdrawn_at", "withdrawal_reason", "published_at"])
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
