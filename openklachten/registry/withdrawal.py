"""Withdrawing what was published: one complaint or a whole delivery disappears from public view."""

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from openklachten.registry.models import Complaint, Delivery, DeliveryStatus, PublicationState
from openklachten.registry.signals import send_after_commit


class NotFound(Exception):
    """No such delivery or complaint (for this publisher)."""


def withdraw_delivery(delivery: Delivery) -> int:
    """Withdraw a delivery and every complaint in it; returns the number of complaints withdrawn."""
    now = timezone.now()
    with transaction.atomic():
        count = delivery.complaints.exclude(state=PublicationState.WITHDRAWN).update(
            state=PublicationState.WITHDRAWN, withdrawn_at=now
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
        complaint.state, complaint.withdrawn_at = PublicationState.WITHDRAWN, timezone.now()
        complaint.save(update_fields=["state", "withdrawn_at"])
        complaint.quarantined_texts.all().delete()
        send_after_commit(Complaint, [complaint.organisation_id], "withdraw")


def withdrawn_one_by_one(organisation):
    """Complaints withdrawn on their own, not (only) as part of a withdrawn delivery.

    withdraw_delivery stamps its complaints with the delivery's own withdrawal time, so a complaint
    withdrawn earlier on its own keeps an earlier stamp.
    """
    return Complaint.objects.filter(organisation=organisation, state=PublicationState.WITHDRAWN).filter(
        ~Q(delivery__status=DeliveryStatus.WITHDRAWN) | Q(withdrawn_at__lt=F("delivery__withdrawn_at"))
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
        complaint.state, complaint.withdrawn_at = PublicationState.PUBLISHED, None
        complaint.published_at = complaint.published_at or timezone.now()
        complaint.save(update_fields=["state", "withdrawn_at", "published_at"])
        send_after_commit(Complaint, [complaint.organisation_id], "import")


def find_delivery(delivery_id, organisations=None) -> Delivery:
    queryset = Delivery.objects.all() if organisations is None else Delivery.objects.filter(organisation__in=organisations)
    try:
        return queryset.get(pk=int(delivery_id))
    except (Delivery.DoesNotExist, ValueError) as exc:
        raise NotFound(f"Aanlevering {delivery_id} bestaat niet.") from exc


def find_complaint(public_id: str, organisations=None) -> Complaint:
    queryset = Complaint.objects.all() if organisations is None else Complaint.objects.filter(organisation__in=organisations)
    try:
        return queryset.get(public_id=public_id.strip().lower())
    except Complaint.DoesNotExist as exc:
        raise NotFound(f"Klacht {public_id} bestaat niet.") from exc
