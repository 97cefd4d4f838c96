"""The audit log: every publisher action recorded by the service that did it, with who, when and what (counts
and ids, never text), visible to the organisation's own users and to staff only (issue 13)."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from openklachten.registry import audit, report_texts
from openklachten.registry.factories import make_organisation
from openklachten.registry.models import ApiToken, AuditAction, AuditEntry, Publisher
from openklachten.registry.tests.conftest import HELD_RAW, PII, complaint_row, make_held_delivery, upload


def _actions():
    return [(e.action, e.actor, e.channel) for e in AuditEntry.objects.order_by("pk")]


@pytest.fixture
def logged_in(client, publisher):
    client.login(username="pietje", password="geheim-wachtwoord")
    return client


@pytest.mark.django_db
def test_review_and_withdrawal_on_the_web_are_logged_with_the_user(logged_in, amsterdam):
    delivery = make_held_delivery(amsterdam, 1, published=2)
    item = delivery.complaints.get(state="in_review").quarantined_texts.get()
    url = f"/aanleveren/controle/{item.pk}/"
    logged_in.post(url, {"actie": "zin", "phrase": "Kees Overbeek", "type": "NAAM"})
    logged_in.post(url, {"actie": "soort", "index": 1, "type": "FUNCTIE"})
    logged_in.post(url, {"actie": "ongedaan", "index": 1})
    logged_in.post(url, {"actie": "goedkeuren"})
    logged_in.post(f"/aanleveren/leveringen/{delivery.pk}/intrekken/")
    logged_in.post(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/")
    assert _actions() == [
        (AuditAction.REDACTION_ADDED, "pietje", "web"),
        (AuditAction.REDACTION_RETYPED, "pietje", "web"),
        (AuditAction.REDACTION_REMOVED, "pietje", "web"),
        (AuditAction.TEXT_APPROVED, "pietje", "web"),
        (AuditAction.DELIVERY_WITHDRAWN, "pietje", "web"),
        (AuditAction.DELIVERY_RESTORED, "pietje", "web"),
    ]
    retyped = AuditEntry.objects.get(action=AuditAction.REDACTION_RETYPED)
    assert retyped.details == {"veld": "gedraging", "oude_soort": "NAAM", "soort": "FUNCTIE", "aantal": 1}
    assert retyped.complaint_public_id == item.complaint.public_id and retyped.delivery_id == delivery.pk
    assert AuditEntry.objects.get(action=AuditAction.DELIVERY_WITHDRAWN).details == {"klachten": 3}
    assert {e.organisation_id for e in AuditEntry.objects.all()} == {amsterdam.pk}
    stored = json.dumps(list(AuditEntry.objects.values()), default=str)
    assert "Overbeek" not in stored and "Brinkhorst" not in stored  # ids and counts, never the text


@pytest.mark.django_db
def test_free_text_is_refused_by_the_log_itself(amsterdam):
    with pytest.raises(ValueError, match="vrije tekst"):
        audit.record(AuditAction.TEXT_APPROVED, amsterdam, veld=HELD_RAW)
    with pytest.raises(ValueError):
        audit.record(AuditAction.TEXT_APPROVED, amsterdam, naam=PII["naam"])
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_web_upload_api_cli_and_tokens_name_who_acted(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = upload(client, amsterdam, delivery_file([complaint_row(1), complaint_row(2)]))
    assert response.progress.status_code == 200
    out = io.StringIO()
    call_command("token", "create", "--organisation", "gm0363", stdout=out, stderr=io.StringIO())
    plain = out.getvalue().strip().splitlines()[-1]
    token = ApiToken.objects.get()
    body = json.dumps({"klachten": [complaint_row(3)]})
    client.logout()
    api = client.post(
        "/api/v1/aanleveringen", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {plain}"
    )
    assert api.status_code == 202
    from openklachten.registry.jobs.runner import run_pending

    run_pending()
    assert client.delete(api["Location"], HTTP_AUTHORIZATION=f"Bearer {plain}").status_code == 200
    call_command("token", "revoke", token.prefix, stdout=io.StringIO())
    by_token = f"token {token.prefix}…"
    assert _actions() == [
        (AuditAction.SUBMITTED, "pietje", "web"),
        (AuditAction.IMPORTED, "pietje", "web"),
        (AuditAction.TOKEN_CREATED, "systeem", "cli"),
        (AuditAction.SUBMITTED, by_token, "api"),
        (AuditAction.IMPORTED, by_token, "api"),
        (AuditAction.DELIVERY_WITHDRAWN, by_token, "api"),
        (AuditAction.TOKEN_REVOKED, "systeem", "cli"),
    ]
    imported = AuditEntry.objects.filter(action=AuditAction.IMPORTED).order_by("pk").first()
    assert imported.details["rijen"] == 2 and imported.details["nieuw"] == 2 and imported.delivery_id


@pytest.mark.django_db
def test_cli_withdrawal_and_report_publication_are_logged(amsterdam):
    delivery = make_held_delivery(amsterdam, 0, published=2)
    complaint = delivery.complaints.first()
    complaint.public_id = complaint.public_id.lower()  # real public ids are lower case (linking.public_id)
    complaint.save(update_fields=["public_id"])
    call_command("withdraw", "--complaint", complaint.public_id, stdout=io.StringIO())
    call_command("withdraw", "--complaint", complaint.public_id, "--undo", stdout=io.StringIO())
    call_command("withdraw", "--delivery", str(delivery.pk), stdout=io.StringIO())
    call_command("withdraw", "--delivery", str(delivery.pk), "--undo", stdout=io.StringIO())
    report_texts.save_concept(amsterdam, "2024", {"introductie": "Een rustig jaar."}, author=None)
    report_texts.publish(amsterdam, "2024")
    assert _actions() == [
        (AuditAction.COMPLAINT_WITHDRAWN, "systeem", "cli"),
        (AuditAction.COMPLAINT_RESTORED, "systeem", "cli"),
        (AuditAction.DELIVERY_WITHDRAWN, "systeem", "cli"),
        (AuditAction.DELIVERY_RESTORED, "systeem", "cli"),
        (AuditAction.REPORT_PUBLISHED, "systeem", "systeem"),
    ]
    assert AuditEntry.objects.get(action=AuditAction.REPORT_PUBLISHED).details == {"periode": "2024"}


@pytest.fixture
def utrecht_user(db):
    utrecht = make_organisation("gm0344", "Gemeente Utrecht", "gemeente")
    user = get_user_model().objects.create_user("utrecht", password="ander-wachtwoord")
    Publisher.objects.create(user=user, organisation=utrecht)
    return user


@pytest.mark.django_db
def test_the_log_page_shows_only_the_users_own_organisation_paged_and_filtered(
    client, publisher, utrecht_user, amsterdam
):
    utrecht = utrecht_user.publishers.get().organisation
    for _ in range(60):
        audit.record(AuditAction.TOKEN_CREATED, amsterdam, token="okt_amsterdam")
    audit.record(AuditAction.DELIVERY_WITHDRAWN, amsterdam, delivery=7, klachten=12)
    audit.record(AuditAction.TOKEN_REVOKED, utrecht, token="okt_utrechtXY")

    client.login(username="pietje", password="geheim-wachtwoord")
    first = client.get("/aanleveren/logboek/")
    page = first.content.decode()
    assert first.status_code == 200 and "no-store" in first["Cache-Control"]
    assert "61 regels" in page and "pagina 1 van 2" in page
    assert "Aanlevering ingetrokken" in page and "klachten: 12" in page  # newest first
    assert "okt_utrechtXY" not in page and "Gemeente Utrecht" not in page
    second = client.get("/aanleveren/logboek/?pagina=2").content.decode()
    assert "okt_amsterdam" in second and "okt_utrechtXY" not in second
    filtered = client.get("/aanleveren/logboek/?actie=aanlevering_ingetrokken").content.decode()
    assert "1 regel" in filtered and "okt_amsterdam" not in filtered
    # Asking for the other organisation by code shows nothing of it.
    assert "okt_utrechtXY" not in client.get("/aanleveren/logboek/?organisatie=gm0344").content.decode()

    client.logout()
    client.login(username="utrecht", password="ander-wachtwoord")
    page = client.get("/aanleveren/logboek/").content.decode()
    assert "okt_utrechtXY" in page and "okt_amsterdam" not in page and "Gemeente Amsterdam" not in page

    client.logout()
    anonymous = client.get("/aanleveren/logboek/")
    assert anonymous.status_code == 302 and "/aanleveren/inloggen/" in anonymous["Location"]


@pytest.mark.django_db
def test_staff_see_the_log_read_only(client, amsterdam):
    audit.record(AuditAction.DELIVERY_WITHDRAWN, amsterdam, delivery=3, klachten=5)
    entry = AuditEntry.objects.get()
    get_user_model().objects.create_superuser("beheer", password="beheer-wachtwoord")
    client.login(username="beheer", password="beheer-wachtwoord")
    listing = client.get("/beheer/registry/auditentry/")
    assert listing.status_code == 200 and "Aanlevering ingetrokken" in listing.content.decode()
    assert client.get("/beheer/registry/auditentry/add/").status_code == 403
    assert client.post(f"/beheer/registry/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(f"/beheer/registry/auditentry/{entry.pk}/change/", {"actor": "x"}).status_code == 403
    assert AuditEntry.objects.get().actor == "systeem"
