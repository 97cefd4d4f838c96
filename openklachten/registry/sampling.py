"""Bulk approval of a delivery after a random sample: check N texts, and if all were right, approve the rest.

The coordinator draws a random sample of the delivery's held texts and reviews each one as usual. When
every sampled text was approved without changing a redaction, the remaining texts of the delivery may be
approved in one action with the anonymiser's proposed redactions. A sampled text that needed a correction
shows the anonymiser missed or misjudged something in this delivery; then every text is reviewed one by one.
"""

import secrets

from django.db import transaction
from django.utils import timezone

from openklachten.registry import audit, quarantine
from openklachten.registry.models import AuditAction, Delivery, QuarantinedText, ReviewSample

# 20 texts all right: with 95% confidence fewer than 14% of the rest need a correction (1 - 0.05 ** (1 / 20)).
# Fewer gives little assurance; many more and reviewing everything is hardly more work for most deliveries.
SAMPLE_SIZE = 20


class SampleRefused(Exception):
    """The action is not (or no longer) possible; the message is Dutch."""


def held(delivery: Delivery):
    return QuarantinedText.objects.filter(complaint__delivery=delivery)


def current(delivery: Delivery) -> ReviewSample | None:
    return ReviewSample.objects.filter(delivery=delivery).first()


def draw(delivery: Delivery, user=None) -> ReviewSample:
    """Draw the delivery's sample: SAMPLE_SIZE of its held texts, chosen at random (once per delivery)."""
    with transaction.atomic():
        if current(delivery) is not None:
            raise SampleRefused(f"Voor aanlevering {delivery.pk} is al een steekproef getrokken.")
        ids = list(held(delivery).values_list("pk", flat=True))
        if len(ids) <= SAMPLE_SIZE:
            raise SampleRefused(
                f"Aanlevering {delivery.pk} heeft {len(ids)} teksten in controle; controleer ze allemaal, "
                f"een steekproef is er pas bij meer dan {SAMPLE_SIZE}."
            )
        chosen = secrets.SystemRandom().sample(ids, SAMPLE_SIZE)
        sample = ReviewSample.objects.create(delivery=delivery, size=SAMPLE_SIZE, drawn_by=user)
        QuarantinedText.objects.filter(pk__in=chosen).update(sample=sample)
        audit.record(
            AuditAction.SAMPLE_DRAWN,
            delivery.organisation_id,
            delivery=delivery,
            steekproef=SAMPLE_SIZE,
            in_controle=len(ids),
        )
    return sample


def waiting(sample: ReviewSample):
    """The sampled texts not yet approved, oldest first."""
    return sample.items.select_related("complaint").order_by("created_at", "pk")


def approve_rest(delivery: Delivery) -> int:
    """Approve every remaining held text of the delivery with its proposed redactions; returns how many."""
    with transaction.atomic():
        sample = ReviewSample.objects.select_for_update().filter(delivery=delivery).first()
        if sample is None:
            raise SampleRefused("Trek eerst een steekproef en controleer die.")
        if sample.corrected:
            raise SampleRefused(
                "In de steekproef moest u redacties aanpassen. Controleer daarom de overige teksten één voor één."
            )
        if not sample.complete:
            raise SampleRefused(
                f"Van de steekproef zijn {sample.approved} van de {sample.size} teksten goedgekeurd; "
                "keur eerst de hele steekproef goed."
            )
        count = quarantine.approve_all(held(delivery))
        sample.rest_approved_at = timezone.now()
        sample.save(update_fields=["rest_approved_at"])
        audit.record(
            AuditAction.BULK_APPROVED,
            delivery.organisation_id,
            delivery=delivery,
            goedgekeurd=count,
            steekproef=sample.size,
        )
    return count
