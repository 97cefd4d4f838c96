"""The web upload: login, own organisation only, readable report on errors."""

import pytest
from django.contrib.auth import get_user_model

from openklachten.registry.importer import ImportRefused, import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import complaint_row, upload

pytestmark = pytest.mark.django_db(transaction=True)  # the import job is enqueued on commit


def _post(client, organisation, path):
    return upload(client, organisation, path)


def test_upload_requires_login(client, amsterdam):
    response = client.get("/aanleveren/")
    assert response.status_code == 302
    assert response["Location"].startswith("/aanleveren/inloggen/")


def test_login_page_is_dutch(client, db):
    response = client.get("/aanleveren/inloggen/")
    assert response.status_code == 200
    assert "Inloggen voor aanleveraars" in response.content.decode()


def test_publisher_uploads_for_own_organisation(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, amsterdam, delivery_file([complaint_row(1), complaint_row(2)]))
    assert response.status_code == 302  # at once: the import is a background job
    assert "2 nieuwe en 0 bijgewerkte klachten" in response.progress.content.decode()
    assert Complaint.published.filter(organisation=amsterdam).count() == 2
    assert Delivery.objects.get().uploaded_by == publisher
    page = client.get("/aanleveren/leveringen/").content.decode()
    assert "levering-1.csv" in page and "Gepubliceerd" in page


def test_publisher_cannot_upload_for_another_organisation(client, publisher, ombudsman, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, ombudsman, delivery_file([complaint_row(1)]))
    assert response.status_code == 200  # the form shows the choice as invalid
    assert Complaint.objects.count() == 0
    with pytest.raises(ImportRefused):
        import_delivery(delivery_file([complaint_row(1)]), ombudsman, user=publisher)
    assert Complaint.objects.count() == 0


def test_user_without_organisation_is_told_so(client, db):
    get_user_model().objects.create_user("los", password="geheim-wachtwoord")
    client.login(username="los", password="geheim-wachtwoord")
    response = client.get("/aanleveren/")
    assert response.status_code == 403
    assert "nog niet gekoppeld" in response.content.decode()


def test_errors_show_a_readable_report_and_store_nothing(client, publisher, amsterdam, delivery_file):
    client.login(username="pietje", password="geheim-wachtwoord")
    rows = [complaint_row(1), complaint_row(2, ontvangstdatum="gisteren")]
    response = _post(client, amsterdam, delivery_file(rows)).progress
    assert response.status_code == 422
    html = response.content.decode()
    assert "niet opgeslagen" in html
    for header in ("Rij", "Kolom", "Waarde", "Melding"):
        assert f'<th scope="col">{header}</th>' in html
    assert "gisteren" in html
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0


def test_publisher_withdraws_a_delivery_on_the_web(client, publisher, amsterdam, delivery_file):
    delivery = import_delivery(delivery_file([complaint_row(1)]), amsterdam).delivery
    client.login(username="pietje", password="geheim-wachtwoord")
    client.post(f"/aanleveren/leveringen/{delivery.pk}/intrekken/")
    assert Complaint.published.count() == 0
    assert "Ingetrokken" in client.get("/aanleveren/leveringen/").content.decode()


def test_publisher_cannot_withdraw_another_organisations_delivery(client, publisher, ombudsman, delivery_file):
    delivery = import_delivery(delivery_file([complaint_row(1, afdoeningswijze="geluisterd")]), ombudsman).delivery
    client.login(username="pietje", password="geheim-wachtwoord")
    client.post(f"/aanleveren/leveringen/{delivery.pk}/intrekken/")
    assert Complaint.published.count() == 1


def test_publisher_withdraws_one_complaint_from_the_delivery_page(client, publisher, amsterdam, delivery_file):
    delivery = import_delivery(delivery_file([complaint_row(1), complaint_row(2)]), amsterdam).delivery
    target = Complaint.objects.first()
    client.login(username="pietje", password="geheim-wachtwoord")
    page = client.get(f"/aanleveren/leveringen/{delivery.pk}/").content.decode()
    assert target.public_id in page and "2 klachten" in page
    response = client.post("/aanleveren/klacht-intrekken/", {"public_id": target.public_id, "terug": "levering"})
    assert response["Location"] == f"/aanleveren/leveringen/{delivery.pk}/"
    assert list(Complaint.published.values_list("pk", flat=True)) == [Complaint.objects.exclude(pk=target.pk).get().pk]


def test_delivery_page_of_another_organisation_is_not_found(client, publisher, ombudsman, delivery_file):
    delivery = import_delivery(delivery_file([complaint_row(1, afdoeningswijze="geluisterd")]), ombudsman).delivery
    client.login(username="pietje", password="geheim-wachtwoord")
    assert client.get(f"/aanleveren/leveringen/{delivery.pk}/").status_code == 404
