"""Raw text leaves the quarantine after publication or after QUARANTINE_DAYS, whichever comes first."""

import datetime as dt

from django.core.management import call_command
from django.utils import timezone

from openklachten.registry import quarantine
from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row


def _held(organisation, age_days):
    complaint = make_complaint(make_delivery(organisation), state=PublicationState.IN_REVIEW, gedraging="")
    item = QuarantinedText.objects.create(complaint=complaint, field="gedraging", raw_text="Jan de Vries belde.")
    QuarantinedText.objects.filter(pk=item.pk).update(created_at=timezone.now() - dt.timedelta(days=age_days))
    return complaint


def test_purge_after_thirty_days(amsterdam, capsys):
    old, young = _held(amsterdam, 31), _held(amsterdam, 29)
    call_command("purge_quarantine")
    assert "1 tekst(en)" in capsys.readouterr().out
    assert list(QuarantinedText.objects.values_list("complaint_id", flat=True)) == [young.pk]
    old.refresh_from_db()
    # Expired: published without its free text, so it still counts in the statistics.
    assert old.state == PublicationState.PUBLISHED and old.gedraging == ""
    assert old.tekst_achtergehouden == quarantine.EXPIRED_REASON


def test_every_import_purges_first(amsterdam, delivery_file):
    _held(amsterdam, 45)
    import_delivery(delivery_file([complaint_row(1)]), amsterdam)
    assert not QuarantinedText.objects.exists()


def test_purge_after_publication(amsterdam):
    complaint = _held(amsterdam, 1)
    quarantine.approve(complaint.quarantined_texts.get(), [])
    assert not QuarantinedText.objects.exists()
    assert Complaint.published.get(pk=complaint.pk).gedraging == "Jan de Vries belde."
