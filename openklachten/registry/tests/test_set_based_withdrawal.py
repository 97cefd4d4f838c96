"""Withdrawal, its undo, expiry and bulk approval are set-based: their number of queries does not grow with
the number of complaints (issue 14), and they touch only the deliveries concerned."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openklachten.registry import quarantine, withdrawal
from openklachten.registry.models import (
    Complaint,
    DeliveryStatus,
    PublicationState,
    QuarantinedText,
    WithdrawalReason,
)
from openklachten.registry.tests.conftest import make_held_delivery

SMALL, LARGE = 3, 120


def _warm_up(amsterdam) -> None:
    """The first change of a test creates the publication sequence's row: counted once, not per complaint."""
    withdrawal.withdraw_delivery(make_held_delivery(amsterdam, 1))


def _queries(action, delivery) -> int:
    with CaptureQueriesContext(connection) as captured:
        action(delivery)
    return len(captured)


@pytest.mark.django_db
def test_withdrawing_a_delivery_takes_the_same_queries_for_3_or_120_complaints(amsterdam):
    _warm_up(amsterdam)
    small = make_held_delivery(amsterdam, SMALL, published=SMALL)
    large = make_held_delivery(amsterdam, LARGE, published=LARGE)
    few, many = _queries(withdrawal.withdraw_delivery, small), _queries(withdrawal.withdraw_delivery, large)
    assert many == few, f"{few} queries for {2 * SMALL} complaints, {many} for {2 * LARGE}"
    assert not QuarantinedText.objects.exists()  # raw text of withdrawn complaints deleted with them
    assert Complaint.objects.filter(delivery=large, state=PublicationState.WITHDRAWN).count() == 2 * LARGE
    large.refresh_from_db()
    assert large.status == DeliveryStatus.WITHDRAWN

    # And back again: the undo is set-based too.
    few, many = _queries(withdrawal.undo_withdraw_delivery, small), _queries(withdrawal.undo_withdraw_delivery, large)
    assert many == few
    assert Complaint.objects.filter(delivery=large, state=PublicationState.PUBLISHED).count() == 2 * LARGE


@pytest.mark.django_db
def test_expiry_takes_the_same_queries_for_3_or_120_texts(amsterdam, settings):
    _warm_up(amsterdam)
    later = timezone.now() + dt.timedelta(days=settings.QUARANTINE_DAYS + 1)
    make_held_delivery(amsterdam, SMALL)
    with CaptureQueriesContext(connection) as few:
        assert quarantine.purge_expired(now=later) == SMALL
    make_held_delivery(amsterdam, LARGE)
    with CaptureQueriesContext(connection) as many:
        assert quarantine.purge_expired(now=later) == LARGE
    assert len(many) == len(few)
    assert not Complaint.objects.filter(state=PublicationState.IN_REVIEW).exists()
    expired = Complaint.objects.exclude(state=PublicationState.WITHDRAWN)
    assert set(expired.values_list("tekst_achtergehouden", flat=True)) == {quarantine.EXPIRED_REASON}


@pytest.mark.django_db
def test_bulk_approval_takes_the_same_queries_for_3_or_120_texts(amsterdam):
    _warm_up(amsterdam)
    small, large = make_held_delivery(amsterdam, SMALL), make_held_delivery(amsterdam, LARGE)
    with CaptureQueriesContext(connection) as few:
        quarantine.approve_all(QuarantinedText.objects.filter(complaint__delivery=small))
    with CaptureQueriesContext(connection) as many:
        quarantine.approve_all(QuarantinedText.objects.filter(complaint__delivery=large))
    assert len(many) == len(few)
    published = Complaint.published.filter(delivery=large)
    assert published.count() == LARGE
    assert {c.gedraging.split(" belde")[0] for c in published} == {"Mevrouw [NAAM-1]"}


@pytest.mark.django_db
def test_bulk_approval_leaves_other_deliveries_alone(amsterdam):
    """Before: every delivery 'in review' without complaints in review was flipped, also ones nobody touched."""
    _warm_up(amsterdam)
    approved = make_held_delivery(amsterdam, 2)
    other = make_held_delivery(amsterdam, 1)
    Complaint.objects.filter(delivery=other).update(
        state=PublicationState.WITHDRAWN, withdrawal_reason=WithdrawalReason.ON_ITS_OWN
    )
    with CaptureQueriesContext(connection) as captured:
        quarantine.approve_all(QuarantinedText.objects.filter(complaint__delivery=approved))
    approved.refresh_from_db()
    other.refresh_from_db()
    assert approved.status == DeliveryStatus.PUBLISHED
    assert other.status == DeliveryStatus.IN_REVIEW
    delivery_updates = [q["sql"] for q in captured if q["sql"].startswith('UPDATE "registry_delivery"')]
    assert len(delivery_updates) == 1 and str(approved.pk) in delivery_updates[0]
