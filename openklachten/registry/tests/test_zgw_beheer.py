"""/beheer/ for ZGW connections: a write-only secret, a dry run, and the scheduled sync through the job runner."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from openklachten.intake.connectors.zgw.fake import FakeZgw
from openklachten.registry import jobs
from openklachten.registry.factories import make_organisation
from openklachten.registry.jobs import runner
from openklachten.registry.models import Complaint, Delivery, ScheduledJob, ZgwConnection
from openklachten.registry.zgw import secrets

SECRET = "zeer-geheim-Open-Zaak-7788"


@pytest.fixture
def fake():
    with FakeZgw(zaken=120, secret=SECRET) as server:
        yield server


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("beheerder", password="geheim-wachtwoord"))
    return client


def form(fake, organisation, **changes):
    data = {
        "organisation": organisation.pk,
        "zaken_api_url": fake.zaken_url,
        "catalogi_api_url": fake.catalogi_url,
        "client_id": fake.client_id,
        "secret": SECRET,
        "zaaktypen": "KLACHT",
        "mapping": "{}",
        "sync_interval_minutes": "0",
        "syncs-TOTAL_FORMS": "0",
        "syncs-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_a_coordinator_configures_a_connection_and_the_secret_is_never_shown_again(admin_client, fake):
    utrecht = make_organisation("gm0344", "Gemeente Utrecht")
    response = admin_client.post("/beheer/registry/zgwconnection/add/", form(fake, utrecht))
    assert response.status_code == 302, response.content.decode()[:2000]
    connection = ZgwConnection.objects.get()
    assert SECRET not in connection.secret_encrypted and secrets.decrypt(connection.secret_encrypted) == SECRET
    page = admin_client.get(f"/beheer/registry/zgwconnection/{connection.pk}/change/").content.decode()
    assert SECRET not in page and "nooit meer getoond" in page
    # Saving again without typing the secret keeps it.
    response = admin_client.post(
        f"/beheer/registry/zgwconnection/{connection.pk}/change/",
        form(fake, utrecht, secret="", sync_interval_minutes="30"),
    )
    assert response.status_code == 302
    connection.refresh_from_db()
    assert secrets.decrypt(connection.secret_encrypted) == SECRET
    assert ScheduledJob.objects.get(name="zgw-sync-gm0344").interval_seconds == 1800


def test_the_form_refuses_a_bad_mapping_and_a_missing_secret_in_dutch(admin_client, fake):
    utrecht = make_organisation("gm0344", "Gemeente Utrecht")
    page = admin_client.post(
        "/beheer/registry/zgwconnection/add/",
        form(fake, utrecht, secret="", mapping='{"eigenschappen": {"wijk": "wijknaam"}}'),
    )
    text = page.content.decode()
    assert page.status_code == 200 and "is geen attribuut van de standaard" in text
    assert "Vul het secret in" in text and not ZgwConnection.objects.exists()


def test_dry_run_from_beheer_shows_the_report_and_stores_nothing(admin_client, fake):
    utrecht = make_organisation("gm0344", "Gemeente Utrecht")
    admin_client.post("/beheer/registry/zgwconnection/add/", form(fake, utrecht))
    connection = ZgwConnection.objects.get()
    page = admin_client.post(
        "/beheer/registry/zgwconnection/", {"action": "dry_run", "_selected_action": [connection.pk]}
    )
    text = page.content.decode()
    assert page.status_code == 200 and "120 zaken gelezen" in text and "Proefrun: er is niets opgeslagen." in text
    assert "06-12345678" not in text and SECRET not in text
    assert not Delivery.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_sync_picks_up_a_newly_closed_zaak(fake):
    from openklachten.registry.zgw.configure import configure

    utrecht = make_organisation("gm0344", "Gemeente Utrecht")
    configure(
        utrecht,
        zaken_url=fake.zaken_url,
        catalogi_url=fake.catalogi_url,
        client_id=fake.client_id,
        secret=SECRET,
        zaaktypen=["KLACHT"],
        interval=15,
    )
    assert runner.run_pending() == 2  # the first run is due at once; then the read-model rebuild it queued
    first = Complaint.objects.count()
    assert first > 0 and Delivery.objects.count() == 1
    fake.add_zaak(5000, closed=True, einddatum=timezone.localdate(), properties={"thema": "Afval"})
    assert jobs.enqueue_due(timezone.now() + dt.timedelta(minutes=5)) == []  # not yet
    assert jobs.enqueue_due(timezone.now() + dt.timedelta(minutes=16)) == ["zgw-sync-gm0344"]
    runner.run_pending()
    assert Complaint.objects.count() == first + 1 and Delivery.objects.count() == 2
    assert "1 nieuw" in ZgwConnection.objects.get().last_sync_status
