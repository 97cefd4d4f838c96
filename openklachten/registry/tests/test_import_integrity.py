"""Issue 9, item 5: an update keeps the complaint's row, the withdrawal reason is stored, long values get Dutch errors.

These run on whichever database the suite uses (SQLite, and PostgreSQL in `make test-postgres`), where a
value longer than its column was a database error before.
"""

import pytest
from django.core.management import CommandError, call_command

from openklachten.registry import linking, withdrawal
from openklachten.registry.factories import make_organisation
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery, QuarantinedText, WithdrawalReason
from openklachten.registry.tests.conftest import complaint_row
from openklachten.registry.tests.test_review_queue import DOUBTFUL


def ids_by_key() -> dict[str, int]:
    return dict(Complaint.objects.values_list("klacht_key", "id"))


def test_a_new_delivery_updates_complaints_in_place(amsterdam, delivery_file):
    import_delivery(delivery_file([complaint_row(n, conclusie="ongegrond") for n in (1, 2, 3)]), amsterdam)
    before = ids_by_key()
    public_before = dict(Complaint.objects.values_list("klacht_key", "public_id"))

    result = import_delivery(delivery_file([complaint_row(n, conclusie="gegrond") for n in (1, 2, 3, 4)]), amsterdam)
    assert (result.created, result.updated) == (1, 3)
    after = ids_by_key()
    assert {key: after[key] for key in before} == before  # the same rows, not deleted and inserted again
    assert dict(Complaint.objects.filter(klacht_key__in=before).values_list("klacht_key", "public_id")) == public_before
    assert set(Complaint.objects.values_list("conclusie", flat=True)) == {"gegrond"}
    assert set(Complaint.objects.values_list("delivery_id", flat=True)) == {result.delivery.pk}


def test_an_update_replaces_the_raw_text_waiting_for_review(amsterdam, delivery_file):
    first = import_delivery(delivery_file([complaint_row(1, gedraging=DOUBTFUL)]), amsterdam)
    assert first.in_review == 1 and QuarantinedText.objects.count() == 1
    complaint_id = Complaint.objects.get().id
    import_delivery(delivery_file([complaint_row(1)]), amsterdam)  # corrected text, nothing doubtful
    complaint = Complaint.objects.get()
    assert complaint.id == complaint_id and complaint.state == "gepubliceerd" and complaint.published_at
    assert not QuarantinedText.objects.exists()  # the earlier raw text is gone with the version it belonged to


def test_the_withdrawal_reason_is_stored(amsterdam, delivery_file):
    result = import_delivery(delivery_file([complaint_row(n) for n in (1, 2, 3)]), amsterdam)
    alone = Complaint.objects.order_by("id").first()
    withdrawal.withdraw_complaint(alone)
    withdrawal.withdraw_delivery(result.delivery)
    reasons = dict(Complaint.objects.values_list("id", "withdrawal_reason"))
    assert reasons.pop(alone.id) == WithdrawalReason.ON_ITS_OWN
    assert set(reasons.values()) == {WithdrawalReason.WITH_DELIVERY}

    again = import_delivery(delivery_file([complaint_row(n) for n in (1, 2, 3)]), amsterdam)
    assert (again.created, again.updated, again.skipped_withdrawn) == (0, 2, 1)
    assert Complaint.objects.get(id=alone.id).withdrawal_reason == WithdrawalReason.ON_ITS_OWN
    republished = Complaint.objects.exclude(id=alone.id)
    assert set(republished.values_list("withdrawal_reason", "state")) == {("", "gepubliceerd")}
    assert set(republished.values_list("withdrawn_at", flat=True)) == {None}


def test_withdrawn_on_its_own_does_not_depend_on_the_clock(amsterdam, delivery_file):
    """Same timestamp for both withdrawals (one clock tick, or two servers): the old inference brought it back."""
    result = import_delivery(delivery_file([complaint_row(n) for n in (1, 2)]), amsterdam)
    alone = Complaint.objects.order_by("id").first()
    withdrawal.withdraw_complaint(alone)
    withdrawal.withdraw_delivery(result.delivery)
    delivery = Delivery.objects.get(pk=result.delivery.pk)
    Complaint.objects.filter(id=alone.id).update(withdrawn_at=delivery.withdrawn_at)

    again = import_delivery(delivery_file([complaint_row(n) for n in (1, 2)]), amsterdam)
    assert again.skipped_withdrawn == 1
    assert Complaint.objects.get(id=alone.id).state == "ingetrokken"
    assert not Complaint.published.filter(id=alone.id).exists()


def test_undo_clears_the_reason(amsterdam, delivery_file):
    import_delivery(delivery_file([complaint_row(1)]), amsterdam)
    complaint = Complaint.objects.get()
    withdrawal.withdraw_complaint(complaint)
    withdrawal.undo_withdraw_complaint(Complaint.objects.get())
    assert Complaint.objects.get().withdrawal_reason == WithdrawalReason.NOT_WITHDRAWN


def test_a_value_too_long_for_its_column_is_a_dutch_error_and_stores_nothing(amsterdam, delivery_file):
    team = "Afdeling" + " Vergunningen, Toezicht en Handhaving" * 6
    assert len(team) > 200
    result = import_delivery(delivery_file([complaint_row(1), complaint_row(2, organisatieonderdeel=team)]), amsterdam)
    assert not result.ok
    [error] = result.errors
    assert (error.row, error.column, error.code) == (3, "Organisatieonderdeel", "te_lang")
    assert "hoogstens 200 tekens" in error.message
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0


def test_a_value_that_grows_past_its_column_when_anonymised_is_a_dutch_error(amsterdam, delivery_file):
    postcodes = ", ".join(f"{1011 + n} A{chr(65 + n)}" for n in range(20))
    team = f"Wijkteam voor {postcodes}"[:200]
    result = import_delivery(delivery_file([complaint_row(1, organisatieonderdeel=team)]), amsterdam)
    assert not result.ok
    [error] = result.errors
    assert (error.row, error.column, error.code) == (2, "Organisatieonderdeel", "te_lang_na_anonimisering")
    assert "na het anonimiseren" in error.message and "er passen er 200" in error.message
    assert "1011" not in error.message and error.value == ""  # the raw value is not repeated
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0


def _colliding_complaint(amsterdam, klacht_id: str) -> None:
    """Another organisation's complaint that already holds the public id the delivery's complaint will get."""
    other = make_organisation("gm0599", "Gemeente Rotterdam", "gemeente")
    first = import_delivery_for(other)
    key = linking.klacht_key(amsterdam.code, klacht_id)
    Complaint.objects.filter(pk=first).update(public_id=linking.public_id(key))


def import_delivery_for(organisation) -> int:
    import tempfile

    from openklachten.registry.tests.conftest import write_delivery

    with tempfile.TemporaryDirectory() as directory:
        row = complaint_row(900, bestuursorgaan=f"https://identifier.overheid.nl/tooi/id/gemeente/{organisation.code}")
        path = write_delivery(f"{directory}/rotterdam.csv", [row])
        import_delivery(path, organisation)
    return Complaint.objects.get(organisation=organisation).pk


@pytest.mark.django_db(transaction=True)
def test_upload_page_reports_a_database_refusal_in_dutch(client, publisher, amsterdam, delivery_file):
    from openklachten.registry.jobs.runner import run_pending

    _colliding_complaint(amsterdam, "Z-2024-00002")
    client.login(username="pietje", password="geheim-wachtwoord")
    with open(delivery_file([complaint_row(1), complaint_row(2)]), "rb") as handle:
        response = client.post("/aanleveren/", {"organisation": amsterdam.pk, "bestand": handle})
    assert run_pending() == 1  # the upload is imported by a job; its progress page gives the outcome
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "De levering is niet opgeslagen" in html and "botst met een bestaande klacht" in html
    assert not Complaint.objects.filter(organisation=amsterdam).exists()
    assert not Delivery.objects.filter(organisation=amsterdam).exists()


def test_import_command_reports_a_database_refusal_in_dutch(amsterdam, delivery_file):
    _colliding_complaint(amsterdam, "Z-2024-00001")
    try:
        call_command("import", delivery_file([complaint_row(1)]), "--organisation", "gm0363")
    except CommandError as error:
        assert "De levering is niet opgeslagen" in str(error)
    else:
        raise AssertionError("the import should have been refused")
    assert not Complaint.objects.filter(organisation=amsterdam).exists()
