"""Publisher pages of issue 15: delivery list, withdrawal with confirmation and undo, review queue, check-only run."""

import datetime as dt
import re

from django.utils import timezone

from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery, PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row


def _login(client):
    client.login(username="pietje", password="geheim-wachtwoord")


def test_deliveries_newest_first_paged_and_filtered(client, publisher, amsterdam):
    for n in range(55):
        delivery = make_delivery(
            amsterdam, period_start=dt.date(2022 + n // 20, 1, 1), period_end=dt.date(2022 + n // 20, 3, 31)
        )
        Delivery.objects.filter(pk=delivery.pk).update(created_at=timezone.now() - dt.timedelta(days=100 - n))
    _login(client)
    html = client.get("/aanleveren/leveringen/").content.decode()
    numbers = [int(n) for n in re.findall(r'aria-label="Levering (\d+) bekijken"', html)]
    assert len(numbers) == 50 and numbers == sorted(numbers, reverse=True)  # newest upload first
    assert "55 in totaal, pagina 1 van 2" in html and "pagina=2" in html
    second = client.get("/aanleveren/leveringen/?pagina=2").content.decode()
    assert len(re.findall(r'aria-label="Levering (\d+) bekijken"', second)) == 5
    filtered = client.get("/aanleveren/leveringen/?van=2024-01-01&tot=2024-12-31").content.decode()
    assert "15 in totaal" in filtered  # the deliveries covering 2024


def test_withdrawal_asks_for_confirmation_and_a_complaint_can_be_put_back(client, publisher, amsterdam, delivery_file):
    delivery = import_delivery(delivery_file([complaint_row(1), complaint_row(2)]), amsterdam).delivery
    _login(client)
    confirm = client.get(f"/aanleveren/leveringen/{delivery.pk}/intrekken/")
    assert confirm.status_code == 200 and "Levering" in confirm.content.decode()
    assert "de 2 gepubliceerde klachten" in confirm.content.decode()
    assert Complaint.published.count() == 2  # asking is not doing
    target = Complaint.objects.first()
    client.post("/aanleveren/klacht-intrekken/", {"public_id": target.public_id})
    page = client.get("/aanleveren/leveringen/").content.decode()
    assert f"Klacht {target.public_id} is ingetrokken. <button" in page
    client.post("/aanleveren/klacht-terugzetten/", {"public_id": target.public_id})
    assert Complaint.published.count() == 2


def test_review_queue_counts_everything_and_says_what_still_waits(client, publisher, amsterdam, settings):
    settings.QUARANTINE_DAYS = 30
    complaint = make_complaint(make_delivery(amsterdam), state=PublicationState.IN_REVIEW, gedraging="", bevindingen="")
    first = QuarantinedText.objects.create(complaint=complaint, field="gedraging", raw_text="Tekst een.", entities=[])
    QuarantinedText.objects.create(complaint=complaint, field="bevindingen", raw_text="Tekst twee.", entities=[])
    _login(client)
    listing = client.get("/aanleveren/controle/").content.decode()
    assert "2 teksten in controle" in listing and "30 dagen" in listing
    item = client.get(f"/aanleveren/controle/{first.pk}/").content.decode()
    assert "Tekst 1 van 2 in de controlelijst. Nog 30 dagen" in item
    ids = re.findall(r'id="([^"]+)"', item)
    assert len(ids) == len(set(ids)), "duplicate ids on the review page"
    response = client.post(f"/aanleveren/controle/{first.pk}/", {"actie": "goedkeuren"}, follow=True)
    html = response.content.decode()
    assert "wordt gepubliceerd zodra ook Bevindingen is gecontroleerd" in html
    assert response.redirect_chain[-1][0].startswith("/aanleveren/controle/")  # on to the next text
    complaint.refresh_from_db()
    assert complaint.state == PublicationState.IN_REVIEW


def test_check_only_run_stores_nothing(client, publisher, amsterdam, delivery_file):
    _login(client)
    with open(
        delivery_file(
            [
                complaint_row(1),
                complaint_row(2, formeel_informeel="informeel", afdoeningswijze="zonder-onderzoek-afgedaan"),
            ]
        ),
        "rb",
    ) as f:
        response = client.post("/aanleveren/", {"organisation": amsterdam.pk, "bestand": f, "alleen_controleren": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and "is in orde: 2 klachten (1 formeel, 1 informeel)" in html
    assert Delivery.objects.count() == 0
    with open(delivery_file([complaint_row(1, ontvangstdatum="morgen")]), "rb") as f:
        bad = client.post("/aanleveren/", {"organisation": amsterdam.pk, "bestand": f, "alleen_controleren": "1"})
    assert bad.status_code == 422 and "morgen" in bad.content.decode()
    assert Delivery.objects.count() == 0
    assert 'href="/standaard/publicatiesjabloon.xlsx"' in client.get("/aanleveren/").content.decode()
    assert client.get("/standaard/publicatiesjabloon.xlsx").status_code == 200
