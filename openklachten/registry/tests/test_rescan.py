"""`openklachten rescan`: a name an older engine published is gone from every public channel afterwards.

A real database and a real read model (DuckDB): complaints stored as an older engine left them
(anonymisation_version 1, a surname in a list of people present that version 1 did not redact), then the
command, then the site page, the search page, the API (detail and search) and the downloads.
"""

import io

import pytest
from django.core.management import call_command

from openklachten.anonymisation import ENGINE_VERSION
from openklachten.publication import query, readmodel
from openklachten.registry import factories
from openklachten.registry.models import Complaint
from openklachten.registry.rescan import rescan_outdated

PLANTED = "Wirjosemito"
OLD_TEXT = (
    "Gesprek over de klacht. Aanwezig: [NAAM-1] (klager), Wirjosemito, S. (teamleider). "
    "De klager belde vanaf [TELEFOON-1] en sprak daarna met Wirjosemito."
)


@pytest.fixture
def published_by_old_engine(db):
    query.use(None)
    organisation = factories.make_organisation("gm0363", "Gemeente Amsterdam", "gemeente")
    delivery = factories.make_delivery(organisation)
    planted = factories.make_complaint(delivery, public_id="OUD0000001", gedraging=OLD_TEXT, anonymisation_version=1)
    clean = factories.make_complaint(
        delivery,
        public_id="OUD0000002",
        anonymisation_version=1,
        gedraging="De container in de straat werd niet geleegd.",
    )
    current = factories.make_complaint(delivery, public_id="NIEUW00001", gedraging="Lange wachttijd aan de balie.")
    readmodel.rebuild()
    yield {"planted": planted, "clean": clean, "current": current}
    query.use(None)


PUBLIC_URLS = (
    "/klachten/OUD0000001",
    "/api/v1/klachten/OUD0000001",
    "/downloads/klachten.csv",
    "/downloads/klachten.jsonl",
    "/downloads/klachten-gm0363.csv",
)


def _public_text(client) -> dict[str, str]:
    pages = {}
    for url in PUBLIC_URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        pages[url] = body.decode("utf-8")
    return pages


def test_rescan_removes_a_name_the_old_engine_missed_from_every_public_channel(
    published_by_old_engine, client, django_capture_on_commit_callbacks
):
    before = _public_text(client)
    for url, body in before.items():
        assert PLANTED in body, url
    # The search index finds it: the site's search page and the API's full-text search.
    assert "OUD0000001" in client.get("/klachten?q=" + PLANTED).content.decode()
    assert [k["public_id"] for k in client.get("/api/v1/klachten?q=" + PLANTED).json()["resultaten"]] == ["OUD0000001"]

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):  # the signal's rebuild runs after the commit
        call_command("rescan", stdout=out)

    report = out.getvalue()
    assert "2 klachten opnieuw gescand" in report and "1 gewijzigd" in report and "NAAM 2" in report
    planted = Complaint.objects.get(public_id="OUD0000001")
    assert PLANTED not in planted.gedraging
    # Never un-redacts: the old tokens stay as they were; the new one numbers on after them.
    assert planted.gedraging.startswith("Gesprek over de klacht. Aanwezig: [NAAM-1] (klager), [NAAM-2]")
    assert "[TELEFOON-1]" in planted.gedraging and planted.gedraging.endswith("sprak daarna met [NAAM-2].")
    assert set(Complaint.objects.values_list("anonymisation_version", flat=True)) == {ENGINE_VERSION}
    assert Complaint.objects.get(public_id="OUD0000002").gedraging == "De container in de straat werd niet geleegd."

    after = _public_text(client)
    for url, body in after.items():
        assert PLANTED not in body, url
    assert "[NAAM-2]" in after["/klachten/OUD0000001"] and "[NAAM-2]" in after["/api/v1/klachten/OUD0000001"]
    assert "OUD0000001" not in client.get("/klachten?q=" + PLANTED).content.decode()
    assert client.get("/api/v1/klachten?q=" + PLANTED).json()["resultaten"] == []


def test_rescan_is_a_no_op_when_every_complaint_is_current(published_by_old_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = rescan_outdated(processes=1)
    assert first.complaints == 2
    text = Complaint.objects.get(public_id="OUD0000001").gedraging
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        second = rescan_outdated(processes=1)
    assert (second.complaints, second.changed, sum(second.per_type.values())) == (0, 0, 0)
    assert callbacks == []  # no rebuild requested when nothing changed
    assert Complaint.objects.get(public_id="OUD0000001").gedraging == text


def test_rescan_check_only_counts(published_by_old_engine):
    out = io.StringIO()
    call_command("rescan", "--check", stdout=out)
    assert out.getvalue().startswith("2 klachten met een anonimiseringsversie ouder dan")
    assert Complaint.objects.filter(anonymisation_version=1).count() == 2


def test_serve_start_rescans_outdated_complaints(published_by_old_engine, capsys):
    from openklachten.registry.rescan import rescan_if_outdated

    rescan_if_outdated()
    assert PLANTED not in Complaint.objects.get(public_id="OUD0000001").gedraging
    assert "opnieuw gescand" in capsys.readouterr().err


def test_a_worker_of_its_own_rescans_before_running_jobs(published_by_old_engine, capsys, monkeypatch):
    from openklachten.registry.management.commands import worker

    ran = []
    # Only the start matters here; the job loop closes database connections between jobs, which a test's
    # transaction does not survive on PostgreSQL (the loop has its own tests with a real worker process).
    monkeypatch.setattr(worker.JobRunner, "run", lambda self: ran.append(True))
    call_command("worker", "--batch")
    assert ran == [True]
    assert PLANTED not in Complaint.objects.get(public_id="OUD0000001").gedraging
    assert "opnieuw gescand" in capsys.readouterr().err
