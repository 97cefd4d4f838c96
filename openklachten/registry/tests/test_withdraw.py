"""Withdrawn complaints and deliveries disappear from every public view and signal the change."""

from django.core.management import call_command

from openklachten.registry import withdrawal
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, DeliveryStatus
from openklachten.registry.signals import publication_changed
from openklachten.registry.tests.conftest import complaint_row


def _import(organisation, delivery_file, numbers):
    return import_delivery(delivery_file([complaint_row(n) for n in numbers]), organisation).delivery


def test_withdraw_one_complaint(amsterdam, delivery_file, django_capture_on_commit_callbacks):
    _import(amsterdam, delivery_file, [1, 2])
    target = Complaint.objects.first()
    received = []
    publication_changed.connect(lambda **kw: received.append(kw["reason"]), weak=False, dispatch_uid="t1")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            withdrawal.withdraw_complaint(target)
    finally:
        publication_changed.disconnect(dispatch_uid="t1")
    assert received == ["withdraw"]
    assert not Complaint.published.filter(pk=target.pk).exists()
    assert Complaint.published.count() == 1


def test_withdraw_a_delivery_from_the_command_line(amsterdam, delivery_file, capsys):
    first = _import(amsterdam, delivery_file, [1, 2])
    _import(amsterdam, delivery_file, [3])
    call_command("withdraw", "--delivery", str(first.pk))
    first.refresh_from_db()
    assert first.status == DeliveryStatus.WITHDRAWN
    assert Complaint.published.count() == 1
    assert "ingetrokken" in capsys.readouterr().out


def test_withdraw_complaint_by_public_id_from_the_command_line(amsterdam, delivery_file):
    _import(amsterdam, delivery_file, [1, 2])
    public_id = Complaint.objects.first().public_id
    call_command("withdraw", "--complaint", public_id)
    assert not Complaint.published.filter(public_id=public_id).exists()


def test_redelivery_after_withdrawal_publishes_again(amsterdam, delivery_file):
    delivery = _import(amsterdam, delivery_file, [1])
    withdrawal.withdraw_delivery(delivery)
    assert Complaint.published.count() == 0
    _import(amsterdam, delivery_file, [1])
    assert Complaint.published.count() == 1
