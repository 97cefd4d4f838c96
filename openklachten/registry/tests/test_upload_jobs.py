"""The web upload as a background job: stored file, progress page, status URL, report with notices."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from openklachten.registry.jobs.runner import run_pending
from openklachten.registry.models import Complaint, Publisher, Submission, SubmissionStatus
from openklachten.registry.tests.conftest import PII, complaint_row

pytestmark = pytest.mark.django_db(transaction=True)


def _post(client, organisation, path):
    with open(path, "rb") as handle:
        return client.post("/aanleveren/", {"organisation": organisation.pk, "bestand": handle})


def test_the_upload_returns_at_once_and_the_progress_page_shows_the_report(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    rows = [complaint_row(1, ontvangwijze="mail"), complaint_row(2, type_klager="burger", gedraging=PII["naam"])]
    response = _post(client, amsterdam, delivery_file(rows))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert response["Location"] == f"/aanleveren/verwerking/{submission.pk}/"
    assert submission.status == SubmissionStatus.QUEUED and not Complaint.objects.exists()
    stored = Path(settings.UPLOAD_DIR) / submission.file_path
    assert stored.is_file() and b"Z-2024-00001" in stored.read_bytes()

    waiting = client.get(response["Location"])
    html = waiting.content.decode()
    assert waiting.status_code == 200 and "Uw levering wordt verwerkt" in html
    assert f'<a href="{response["Location"]}">Vernieuwen</a>' in html  # without JavaScript
    assert "voortgang.js" in html
    assert client.get(response["Location"] + "status").json() == {
        "status": "wachtrij",
        "omschrijving": "In de wachtrij",
        "klaar": False,
    }

    assert run_pending() == 2  # the import, then the read-model rebuild it queued
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DONE and submission.delivery is not None
    assert not stored.exists() and submission.file_path == ""  # raw text leaves the disk with the import
    assert client.get(response["Location"] + "status").json()["klaar"] is True
    done = client.get(response["Location"]).content.decode()
    assert "2 nieuwe en 0 bijgewerkte klachten" in done and "voortgang.js" not in done
    assert "&quot;mail&quot; is gelezen als &quot;E-mail&quot;" in done
    assert "&quot;burger&quot; is gelezen als &quot;Individu&quot;" in done
    assert sorted(Complaint.objects.values_list("ontvangwijze", flat=True)) == ["e-mail", "e-mail"]
    assert PII["naam"] not in str(submission.report)


def test_a_rejected_upload_keeps_nothing_and_shows_the_errors(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, amsterdam, delivery_file([complaint_row(1, ontvangstdatum="gisteren")]))
    run_pending()
    page = client.get(response["Location"])
    assert page.status_code == 422 and "gisteren" in page.content.decode()
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.REJECTED and submission.report["fouten"][0]["kolom"]
    assert not Complaint.objects.exists() and submission.file_path == ""


def test_another_organisations_progress_page_is_not_found(client, publisher, amsterdam, ombudsman, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, amsterdam, delivery_file([complaint_row(1)]))
    other = get_user_model().objects.create_user("klaas", password="ander-wachtwoord")
    Publisher.objects.create(user=other, organisation=ombudsman)
    client.logout()
    client.login(username="klaas", password="ander-wachtwoord")
    assert client.get(response["Location"]).status_code == 404
    assert client.get(response["Location"] + "status").status_code == 404


def test_a_job_runs_once_even_when_enqueued_twice(client, publisher, amsterdam, delivery_file):
    from openklachten.registry.jobs.imports import import_submission

    client.login(username="pietje", password="geheim-wachtwoord")
    _post(client, amsterdam, delivery_file([complaint_row(1)]))
    import_submission.enqueue(submission_id=str(Submission.objects.get().pk))
    assert run_pending() == 3  # the import twice (the second finds it done), one rebuild
    assert Submission.objects.get().delivery.complaints.count() == 1
    from openklachten.registry.models import Delivery

    assert Delivery.objects.count() == 1


def test_the_stored_report_keeps_no_case_numbers_or_raw_text(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    rows = [complaint_row(1), complaint_row(1, gedraging=PII["naam"]), complaint_row(3, ontvangstdatum="gisteren")]
    _post(client, amsterdam, delivery_file(rows))
    run_pending()
    report = Submission.objects.get().report
    duplicate = next(e for e in report["fouten"] if e["kolom"] == "Klacht-ID")
    assert duplicate["rij"] == 3 and duplicate["waarde"] == "[waarde]"
    assert "Z-2024-00001" not in str(report) and PII["naam"] not in str(report)
    assert any(e["waarde"] == "gisteren" for e in report["fouten"])  # other values stay, so the publisher sees them
