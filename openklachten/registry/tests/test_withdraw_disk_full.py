"""A full disk during a withdrawal: everything rolled back, and a Dutch message on the CLI and the web
instead of a traceback (issue 13). The database is really full: SQLite's page limit, PostgreSQL's disk_full."""

from contextlib import contextmanager

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from openklachten.registry.models import AuditEntry, Complaint, DeliveryStatus, PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import make_held_delivery

pytestmark = pytest.mark.django_db


@contextmanager
def full_database():
    """No room for one more page (SQLite), or every write refused with SQLSTATE 53100 disk_full (PostgreSQL)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA page_count")
            (pages,) = cursor.fetchone()
            cursor.execute(f"PRAGMA max_page_count = {pages}")
            try:
                yield
            finally:
                cursor.execute("PRAGMA max_page_count = 1073741823")
        else:
            cursor.execute(
                "CREATE FUNCTION pg_temp.disk_full() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; "
                "END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER disk_full BEFORE UPDATE ON registry_complaint "
                "FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.disk_full()"
            )
            try:
                yield
            finally:
                cursor.execute("DROP TRIGGER disk_full ON registry_complaint")


def _assert_nothing_changed(delivery, held: int) -> None:
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.IN_REVIEW
    assert not Complaint.objects.filter(delivery=delivery, state=PublicationState.WITHDRAWN).exists()
    assert QuarantinedText.objects.filter(complaint__delivery=delivery).count() == held
    assert not AuditEntry.objects.filter(action="aanlevering_ingetrokken").exists()


def test_cli_says_the_disk_is_full_and_changes_nothing(amsterdam):
    delivery = make_held_delivery(amsterdam, 40, published=400)
    with full_database(), pytest.raises(CommandError) as refused:
        call_command("withdraw", "--delivery", str(delivery.pk))
    message = str(refused.value)
    assert f"Aanlevering {delivery.pk} intrekken is niet gelukt" in message
    assert "vol" in message and "Er is niets gewijzigd" in message
    assert "Traceback" not in message and "OperationalError" not in message
    _assert_nothing_changed(delivery, 40)
    call_command("withdraw", "--delivery", str(delivery.pk))  # with room again, it works
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.WITHDRAWN


def test_web_says_the_disk_is_full_and_changes_nothing(client, publisher, amsterdam):
    delivery = make_held_delivery(amsterdam, 40, published=400)
    client.login(username="pietje", password="geheim-wachtwoord")
    with full_database():
        response = client.post(f"/aanleveren/leveringen/{delivery.pk}/intrekken/", follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "is niet gelukt: de schijf of de database van het platform is vol" in page
    _assert_nothing_changed(delivery, 40)


def test_api_answers_503_in_dutch_and_changes_nothing(client, amsterdam):
    from openklachten.registry.models import ApiToken, Submission, SubmissionStatus

    delivery = make_held_delivery(amsterdam, 40, published=400)
    token, plain = ApiToken.issue(amsterdam, "zaaksysteem")
    submission = Submission.objects.create(
        organisation=amsterdam, channel="api", token=token, status=SubmissionStatus.DONE, delivery=delivery
    )
    with full_database():
        response = client.delete(f"/api/v1/aanleveringen/{submission.pk}", HTTP_AUTHORIZATION=f"Bearer {plain}")
    assert response.status_code == 503 and response["Retry-After"]
    assert "de schijf of de database van het platform is vol" in response.json()["detail"]
    _assert_nothing_changed(delivery, 40)
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.DONE
