"""F8: a complaint withdrawn on its own stays withdrawn when a cumulative delivery repeats it."""

import pytest
from django.core.management import CommandError, call_command

from openklachten.registry import withdrawal
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, PublicationState, QuarantinedText
from openklachten.registry.reporting import summary
from openklachten.registry.tests.conftest import complaint_row, upload


def _import(organisation, delivery_file, numbers):
    return import_delivery(delivery_file([complaint_row(n) for n in numbers]), organisation)


def test_cumulative_delivery_keeps_a_withdrawn_complaint_withdrawn(amsterdam, delivery_file):
    _import(amsterdam, delivery_file, [1, 2])
    target = Complaint.objects.get(klacht_key=Complaint.objects.order_by("id").first().klacht_key)
    withdrawal.withdraw_complaint(target)

    result = _import(amsterdam, delivery_file, [1, 2, 3])

    assert result.ok
    assert (result.created, result.updated, result.skipped_withdrawn) == (1, 1, 1)
    target.refresh_from_db()
    assert target.state == PublicationState.WITHDRAWN
    assert not Complaint.published.filter(public_id=target.public_id).exists()
    assert Complaint.published.count() == 2
    assert "1 overgeslagen (eerder ingetrokken)" in summary(result)


def test_cli_summary_names_the_skipped_complaints(amsterdam, delivery_file, capsys):
    _import(amsterdam, delivery_file, [1])
    call_command("withdraw", "--complaint", Complaint.objects.get().public_id)
    call_command("import", str(delivery_file([complaint_row(1), complaint_row(2)])), "--organisation", "gm0363")
    out = capsys.readouterr().out
    assert "1 nieuw, 0 bijgewerkt" in out and "1 overgeslagen (eerder ingetrokken)" in out


def test_withdrawn_delivery_reuploaded_publishes_again_but_single_withdrawals_inside_it_do_not(
    amsterdam, delivery_file
):
    first = _import(amsterdam, delivery_file, [1, 2]).delivery
    single = Complaint.objects.order_by("id").first()
    withdrawal.withdraw_complaint(single)
    withdrawal.withdraw_delivery(first)
    assert Complaint.published.count() == 0

    result = _import(amsterdam, delivery_file, [1, 2])

    assert result.skipped_withdrawn == 1
    assert Complaint.published.count() == 1
    assert not Complaint.published.filter(public_id=single.public_id).exists()


def test_undo_republishes_a_single_withdrawn_complaint(amsterdam, delivery_file):
    _import(amsterdam, delivery_file, [1])
    public_id = Complaint.objects.get().public_id
    call_command("withdraw", "--complaint", public_id)
    call_command("withdraw", "--undo", "--complaint", public_id)
    assert Complaint.published.filter(public_id=public_id).exists()
    # and a later delivery now updates it as usual
    assert _import(amsterdam, delivery_file, [1]).updated == 1


def test_undo_refuses_a_complaint_of_a_withdrawn_delivery(amsterdam, delivery_file):
    delivery = _import(amsterdam, delivery_file, [1]).delivery
    withdrawal.withdraw_delivery(delivery)
    with pytest.raises(CommandError, match="opnieuw aan"):
        call_command("withdraw", "--undo", "--complaint", Complaint.objects.get().public_id)


def test_skipped_complaint_leaves_no_raw_text_in_quarantine(amsterdam, delivery_file):
    _import(amsterdam, delivery_file, [1])
    withdrawal.withdraw_complaint(Complaint.objects.get())
    text = "Mevrouw Marieke Verhoeven-Tjoa belde op 06-48213377 over de boete."
    import_delivery(delivery_file([complaint_row(1, gedraging=text)]), amsterdam)
    assert not QuarantinedText.objects.filter(raw_text__contains="Verhoeven").exists()
    assert not Complaint.objects.filter(gedraging__contains="Verhoeven").exists()


@pytest.mark.django_db(transaction=True)
def test_web_upload_message_counts_the_skipped_complaints(client, publisher, amsterdam, delivery_file):
    _import(amsterdam, delivery_file, [1])
    withdrawal.withdraw_complaint(Complaint.objects.get())
    client.login(username="pietje", password="geheim-wachtwoord")
    response = upload(client, amsterdam, delivery_file([complaint_row(1), complaint_row(2)]))
    page = response.progress.content.decode()
    assert "1 nieuwe en 0 bijgewerkte klachten; 1 overgeslagen (eerder ingetrokken)." in page
