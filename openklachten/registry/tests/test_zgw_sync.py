"""A ZGW connection as a source: dry run, sync as one delivery, incremental runs, withdrawals, faults."""

import datetime as dt
import json
import logging

import pytest
from django.core.management import call_command

from openklachten.intake.connectors.zgw import Retry
from openklachten.intake.connectors.zgw.fake import FakeZgw
from openklachten.registry.factories import make_organisation
from openklachten.registry.models import (
    AuditAction,
    AuditEntry,
    Complaint,
    Delivery,
    PublicationState,
    SyncStatus,
    ZgwSync,
)
from openklachten.registry.zgw import report
from openklachten.registry.zgw import sync as zgw_sync
from openklachten.registry.zgw.configure import configure
from openklachten.registry.zgw.sync import SyncRefused, sync

PII = ("06-12345678", "De Vries")  # the fake puts these in every zaak's toelichting
DAY1, DAY2 = dt.date(2026, 1, 10), dt.date(2026, 1, 20)


@pytest.fixture
def fake():
    with FakeZgw(zaken=240) as server:
        yield server


@pytest.fixture
def utrecht(db):
    return make_organisation("gm0344", "Gemeente Utrecht")


@pytest.fixture
def connection(fake, utrecht):
    return configure(
        utrecht,
        zaken_url=fake.zaken_url,
        catalogi_url=fake.catalogi_url,
        client_id=fake.client_id,
        secret=fake.secret,
        zaaktypen=["KLACHT"],
    )


def published_texts():
    return json.dumps(list(Complaint.objects.values("gedraging", "bevindingen", "oordeel_klacht")), ensure_ascii=False)


def test_dry_run_shows_mapped_records_and_errors_and_stores_nothing(connection):
    result = sync(connection, dry_run=True)
    assert result.zaken == 240 and len(result.records) + result.rejected == 240
    assert result.records and result.rejected  # "Belastingen" is no theme of the standard
    assert {issue.waarde for issue in result.issues} == {"Belastingen"}
    assert all(issue.bron == "zaakeigenschap 'thema'" for issue in result.issues)
    text = report.render(result)
    assert (
        "Proefrun: er is niets opgeslagen." in text and "Thema's \"Belastingen\" (uit zaakeigenschap 'thema')" in text
    )
    assert not any(value in text for value in PII)  # raw free text is not printed
    assert (Complaint.objects.count(), Delivery.objects.count(), ZgwSync.objects.count()) == (0, 0, 0)
    connection.refresh_from_db()
    assert connection.watermark is None


def test_sync_is_one_delivery_of_anonymised_complaints_and_sets_the_watermark(connection):
    result = sync(connection, today=DAY1)
    assert result.import_result.ok and Delivery.objects.count() == 1
    assert Complaint.published.count() + Complaint.objects.filter(state=PublicationState.IN_REVIEW).count() == len(
        result.records
    )
    assert not any(value in published_texts() for value in PII)
    connection.refresh_from_db()
    assert connection.watermark == DAY1 and "opgeslagen" in connection.last_sync_status
    run = ZgwSync.objects.get()
    assert run.status == SyncStatus.DONE and run.delivery == result.import_result.delivery
    assert run.imported == len(result.records) and run.rejected == result.rejected > 0
    assert run.problems[0]["waarde"] == "Belastingen" and run.problems[0]["zaken"] == result.rejected
    assert "ZAAK-2025" not in json.dumps(run.problems)  # the case system's own case numbers are never stored


def test_incremental_sync_takes_new_closures_and_withdraws_deleted_and_retyped_zaken(connection, fake):
    first = sync(connection, today=DAY1)
    published = {z["zaak"]["identificatie"] for z in fake.zaken.values()}
    fake.add_zaak(1001, closed=True, einddatum=DAY1 + dt.timedelta(days=5), properties={"thema": "Afval"})
    victims = sorted(published)[:2]
    fake.delete_zaak(victims[0])
    retyped = next(i["zaak"] for i in fake.zaken.values() if i["zaak"]["identificatie"] == victims[1])
    retyped["zaaktype"] = fake.other_zaaktype_url
    second = sync(connection, today=DAY2)
    # Only the open zaken and those closed since the watermark (minus the overlap) are read in full.
    assert second.since == DAY1 - dt.timedelta(days=zgw_sync.OVERLAP_DAYS)
    assert second.zaken < 40 and second.zaken < first.zaken
    assert second.import_result.created == 1
    assert second.withdrawn == 2 and Complaint.objects.filter(state=PublicationState.WITHDRAWN).count() == 2
    assert Delivery.objects.count() == 2
    connection.refresh_from_db()
    assert connection.watermark == DAY2
    # The audit log names the case system as the channel and the system as the actor, with counts only.
    second_run = AuditEntry.objects.filter(channel="zgw").order_by("pk")
    assert [(e.action, e.actor) for e in second_run][-4:] == [
        (AuditAction.IMPORTED, "systeem"),
        (AuditAction.COMPLAINT_WITHDRAWN, "systeem"),
        (AuditAction.COMPLAINT_WITHDRAWN, "systeem"),
        (AuditAction.ZGW_SYNC, "systeem"),
    ]
    assert second_run.last().details == {"zaken": second.zaken, "afgekeurd": second.rejected, "ingetrokken": 2}


def test_resyncing_everything_updates_instead_of_duplicating(connection):
    first = sync(connection, today=DAY1)
    again = sync(connection, since=dt.date(2000, 1, 1), today=DAY2)
    assert (again.import_result.created, again.import_result.updated) == (0, len(first.records))
    assert Complaint.objects.count() == len(first.records)


def test_a_mapping_that_fails_for_every_zaak_stops_with_one_message(connection):
    connection.mapping = {"eigenschappen": {"thema": None}}
    connection.save()
    with pytest.raises(SyncRefused, match="Thema's ontbreekt in alle zaken") as caught:
        sync(connection)
    assert "mapping 'vast'" in str(caught.value)
    assert (Complaint.objects.count(), Delivery.objects.count()) == (0, 0)
    assert ZgwSync.objects.get().status == SyncStatus.FAILED


def test_values_that_fail_for_every_zaak_name_the_commonest_problem(connection):
    connection.mapping = {"eigenschappen": {"afdeling": "oorzaak"}}  # department names are no causes
    connection.save()
    with pytest.raises(SyncRefused, match=r"Geen enkele van de 240 zaken .* Oorzaak \(uit zaakeigenschap 'afdeling'\)"):
        sync(connection)
    assert Complaint.objects.count() == 0


def test_wrong_credentials_store_nothing_and_the_secret_appears_nowhere(connection, fake, caplog):
    configure(connection.organisation, secret="verkeerd-geheim-4711")
    connection.refresh_from_db()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SyncRefused) as caught:
        sync(connection)
    message = str(caught.value)
    assert "Catalogi API" in message and "toegang geweigerd" in message and "niets opgeslagen" in message
    assert "verkeerd-geheim-4711" not in message + caplog.text
    assert "verkeerd-geheim-4711" not in connection.secret_encrypted
    assert (Complaint.objects.count(), Delivery.objects.count()) == (0, 0)
    connection.refresh_from_db()
    assert connection.watermark is None and "toegang geweigerd" in connection.last_sync_status


def test_an_unknown_zaaktype_is_refused(connection):
    connection.zaaktypen = ["KLACHTEN"]
    connection.save()
    with pytest.raises(SyncRefused, match="Catalogi API: er is geen zaaktype met identificatie 'KLACHTEN'"):
        sync(connection)


def test_a_crash_mid_sync_keeps_the_previous_state_and_the_next_run_continues(connection, fake, monkeypatch):
    sync(connection, today=DAY1)
    before = sorted(Complaint.objects.values_list("klacht_key", "delivery_id", "state"))
    fake.add_zaak(1002, closed=True, einddatum=DAY1 + dt.timedelta(days=2), properties={"thema": "Afval"})

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # what a kill during anonymisation looks like from inside the transaction

    monkeypatch.setattr("openklachten.registry.importer.components.anonymise_texts", killed)
    with pytest.raises(KeyboardInterrupt):
        sync(connection, today=DAY2)
    assert sorted(Complaint.objects.values_list("klacht_key", "delivery_id", "state")) == before
    connection.refresh_from_db()
    assert connection.watermark == DAY1
    assert ZgwSync.objects.order_by("-pk").first().status == SyncStatus.RUNNING  # visible as aborted
    monkeypatch.undo()
    resumed = sync(connection, today=DAY2)
    assert resumed.import_result.created == 1 and Delivery.objects.count() == 2


def test_a_persistent_server_error_mid_sync_stores_nothing(connection, fake):
    sync(connection, today=DAY1)
    client = zgw_sync.client_for(connection, retry=Retry(attempts=2, backoff=0.01, timeout=1))
    fake.fail("einddatum__gt", 500, times=5)
    with pytest.raises(SyncRefused, match="Zaken API: HTTP 500"):
        sync(connection, client=client, today=DAY2)
    assert Delivery.objects.count() == 1
    connection.refresh_from_db()
    assert connection.watermark == DAY1


def test_command_line_configure_dry_run_and_sync(utrecht, fake, capsys, monkeypatch, tmp_path):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(fake.secret + "\n"))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"waarden": {"themas": {"Belastingen": "belastingen-gemeentelijk"}}}))
    call_command(
        "zgw",
        "configure",
        "--organisation",
        "gm0344",
        "--zaken-url",
        fake.zaken_url,
        "--catalogi-url",
        fake.catalogi_url,
        "--client-id",
        fake.client_id,
        "--secret-stdin",
        "--zaaktype",
        "KLACHT",
        "--mapping",
        str(mapping),
    )
    call_command("zgw", "sync", "--organisation", "gm0344", "--dry-run")
    out = capsys.readouterr().out
    assert "240 zaken gelezen" in out and "0 met fouten" in out and "Proefrun" in out
    call_command("zgw", "sync", "--organisation", "gm0344")
    out = capsys.readouterr().out
    assert "Aanlevering" in out and "240 nieuw" in out
    call_command("zgw", "show", "--organisation", "gm0344")
    out = capsys.readouterr().out
    assert "ingesteld (wordt niet getoond)" in out and fake.secret not in out
