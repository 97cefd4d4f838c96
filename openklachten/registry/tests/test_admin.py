"""Beheer (/beheer/): organisations with their publishers, deliveries and complaints, no raw text."""

from django.contrib.auth import get_user_model

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Publisher, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row


def test_admin_pages_load_and_withdraw(client, amsterdam, delivery_file):
    admin = get_user_model().objects.create_superuser("beheerder", password="geheim-wachtwoord")
    client.force_login(admin)
    delivery = import_delivery(delivery_file([complaint_row(1)]), amsterdam).delivery
    for url in (
        "/beheer/registry/organisation/",
        f"/beheer/registry/organisation/{amsterdam.pk}/change/",
        "/beheer/registry/delivery/",
        "/beheer/registry/complaint/",
        "/beheer/registry/publisher/add/",
    ):
        assert client.get(url).status_code == 200, url
    response = client.post(
        "/beheer/registry/delivery/", {"action": "withdraw_deliveries", "_selected_action": [delivery.pk]}
    )
    assert response.status_code == 302
    assert not Complaint.published.exists()


def test_admin_adds_a_publisher_to_an_organisation(client, amsterdam):
    admin = get_user_model().objects.create_superuser("beheerder", password="geheim-wachtwoord")
    user = get_user_model().objects.create_user("nieuw", password="geheim-wachtwoord")
    client.force_login(admin)
    response = client.post("/beheer/registry/publisher/add/", {"user": user.pk, "organisation": amsterdam.pk})
    assert response.status_code == 302
    assert Publisher.objects.filter(user=user, organisation=amsterdam).exists()


def test_publishers_are_managed_on_the_organisation_page(client, db):
    from openklachten.registry.organisations import ensure_organisations

    ombudsman = ensure_organisations({"nationale-ombudsman"})["nationale-ombudsman"]
    assert ombudsman.tooi_uri.startswith("urn:")  # no TOOI id: the reference list gives a project URN
    admin = get_user_model().objects.create_superuser("beheerder", password="geheim-wachtwoord")
    user = get_user_model().objects.create_user("ombudsman", password="geheim-wachtwoord")
    client.force_login(admin)
    form = {
        "name": ombudsman.name,
        "type": ombudsman.type,
        "cbs_code": "",
        "contact_email": "",
        "website": "",
        "publishers-TOTAL_FORMS": "1",
        "publishers-INITIAL_FORMS": "0",
        "publishers-0-user": user.pk,
        "publishers-0-organisation": ombudsman.pk,
    }
    response = client.post(f"/beheer/registry/organisation/{ombudsman.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Publisher.objects.filter(user=user, organisation=ombudsman).exists()


def test_quarantine_is_not_in_the_admin(client, db):
    admin = get_user_model().objects.create_superuser("beheerder", password="geheim-wachtwoord")
    client.force_login(admin)
    assert client.get(f"/beheer/registry/{QuarantinedText._meta.model_name}/").status_code == 404
    assert "quarantaine" not in client.get("/beheer/").content.decode().lower()
