"""The publication sequence advances in the same transaction as the change it counts (issue 9, item 7)."""

import pytest
from django.db import transaction

from openklachten.registry import factories, quarantine, sequence, withdrawal
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row


def test_nothing_counted_yet_is_zero(db):
    assert sequence.snapshot() == sequence.Snapshot(0, 0, "")


def test_an_import_counts_but_removes_nothing(amsterdam, delivery_file):
    result = import_delivery(delivery_file([complaint_row(1), complaint_row(2)]), amsterdam)
    assert result.ok
    state = sequence.snapshot()
    assert (state.number, state.removal_number) == (1, 0) and state.epoch


def test_a_withdrawal_counts_as_a_removal(amsterdam, delivery_file):
    result = import_delivery(delivery_file([complaint_row(1), complaint_row(2)]), amsterdam)
    withdrawal.withdraw_complaint(result.delivery.complaints.first())
    assert (sequence.snapshot().number, sequence.snapshot().removal_number) == (2, 2)
    withdrawal.withdraw_delivery(result.delivery)
    assert (sequence.snapshot().number, sequence.snapshot().removal_number) == (3, 3)


def test_a_review_decision_counts_as_a_removal(amsterdam):
    complaint = factories.make_complaint(factories.make_delivery(amsterdam), state="in_review")
    item = QuarantinedText.objects.create(complaint=complaint, field="gedraging", raw_text="Tekst.", entities=[])
    quarantine.approve(item, [])
    assert (sequence.snapshot().number, sequence.snapshot().removal_number) == (1, 1)


def test_a_change_rolled_back_is_not_counted(amsterdam):
    complaint = factories.make_complaint(factories.make_delivery(amsterdam))
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            withdrawal.withdraw_complaint(complaint)
            raise RuntimeError("crash before the commit")
    assert sequence.snapshot() == sequence.Snapshot(0, 0, "")
    complaint.refresh_from_db()
    assert complaint.state == PublicationState.PUBLISHED


def test_the_signal_carries_the_number(amsterdam, django_capture_on_commit_callbacks):
    from openklachten.registry.signals import publication_changed

    received = []

    def listen(sender, **kwargs):
        received.append(kwargs)

    publication_changed.connect(listen, dispatch_uid="test-sequence-listener")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            withdrawal.withdraw_complaint(factories.make_complaint(factories.make_delivery(amsterdam)))
    finally:
        publication_changed.disconnect(dispatch_uid="test-sequence-listener")
    assert received[0]["reason"] == "withdraw" and received[0]["sequence"] == sequence.snapshot().number == 1


def test_a_batch_that_ends_before_the_commit_still_sends_its_change(db, django_capture_on_commit_callbacks):
    """`openklachten import` batches its signal; called inside an outer transaction (a caller's atomic block, the
    test client) the commit comes after the batch ended. The change must still reach the read model, not be
    appended to a batch nobody reads any more (seen: a privacy sweep that served an older generation)."""
    from openklachten.registry import signals

    received = []

    def receiver(sender=None, **kwargs):
        received.append((kwargs["reason"], kwargs["sequence"]))

    signals.publication_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            with signals.batched():
                signals.send_after_commit(None, [1], "import")
        with django_capture_on_commit_callbacks(execute=True) as callbacks:  # the usual case: commit inside
            with signals.batched():
                signals.send_after_commit(None, [1], "import")
                for callback in list(callbacks):
                    callback()
                callbacks.clear()
    finally:
        signals.publication_changed.disconnect(receiver)
    assert [reason for reason, _ in received] == ["import", "import"]
    assert received[1][1] == received[0][1] + 1
