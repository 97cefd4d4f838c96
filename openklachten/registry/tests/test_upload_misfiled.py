"""A delivery cannot be filed under the wrong organisation (issue 15, defect 1)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from openklachten.registry.factories import make_organisation
from openklachten.registry.importer import ImportRefused, import_delivery
from openklachten.registry.models import Complaint, Delivery, Publisher
from openklachten.registry.tests.conftest import complaint_row

UTRECHT = "Gemeente Utrecht"


@pytest.fixture
def belastingdienst(db):
    return make_organisation("oorg10011", "Belastingdienst", "zbo")


@pytest.fixture
def coordinator(amsterdam, belastingdienst):
    """A user who may deliver for two organisations (a shared service centre)."""
    user = get_user_model().objects.create_user("coordinator", password="geheim-wachtwoord")
    Publisher.objects.create(user=user, organisation=belastingdienst)
    Publisher.objects.create(user=user, organisation=amsterdam)
    return user


def _select(html: str) -> str:
    return re.search(r'<select name="organisation".*?</select>', html, re.S).group(0)


def test_no_organisation_is_preselected_for_a_user_of_several(client, coordinator):
    client.login(username="coordinator", password="geheim-wachtwoord")
    select = _select(client.get("/aanleveren/").content.decode())
    options = re.findall(r"<option[^>]*>[^<]*</option>", select)
    assert options[0] == '<option value="" selected>Kies een organisatie</option>'
    assert sum("selected" in option for option in options) == 1
    assert "Belastingdienst" in select and "Gemeente Amsterdam" in select


def test_submitting_without_choosing_stores_nothing_and_asks_to_choose(client, coordinator, delivery_file):
    client.login(username="coordinator", password="geheim-wachtwoord")
    with open(delivery_file([complaint_row(1)]), "rb") as handle:
        response = client.post("/aanleveren/", {"bestand": handle})
    assert response.status_code == 200
    assert "Kies de organisatie waarvoor u deze levering aanlevert." in response.content.decode()
    assert Delivery.objects.count() == 0


def test_single_organisation_is_the_only_choice(client, publisher):
    client.login(username="pietje", password="geheim-wachtwoord")
    select = _select(client.get("/aanleveren/").content.decode())
    assert "Kies een organisatie" not in select and "Gemeente Amsterdam" in select


@pytest.mark.django_db(transaction=True)  # the import job is enqueued on commit
def test_web_upload_of_another_bodys_file_is_refused_in_dutch(client, coordinator, belastingdienst, delivery_file):
    from openklachten.registry.tests.conftest import upload

    client.login(username="coordinator", password="geheim-wachtwoord")
    rows = [complaint_row(n, bestuursorgaan=UTRECHT) for n in range(1, 8)]
    response = upload(client, belastingdienst, delivery_file(rows))
    html = response.progress.content.decode()  # the progress page of the background import
    assert "Dit bestand hoort niet bij Belastingdienst" in html
    assert "Gemeente Utrecht (rijen 2, 3, 4, 5, 6 en nog 2)" in html
    assert "Er is niets opgeslagen" in html
    assert Delivery.objects.count() == 0 and Complaint.objects.count() == 0


def test_one_stray_row_refuses_the_whole_file(amsterdam, delivery_file):
    rows = [complaint_row(1), complaint_row(2), complaint_row(3, bestuursorgaan=UTRECHT)]
    with pytest.raises(ImportRefused, match=r"Gemeente Utrecht \(rij 4\)"):
        import_delivery(delivery_file(rows), amsterdam)
    assert Delivery.objects.count() == 0 and Complaint.objects.count() == 0


def test_command_line_refuses_too(amsterdam, delivery_file):
    path = delivery_file([complaint_row(1, bestuursorgaan=UTRECHT)])
    with pytest.raises(CommandError, match="hoort niet bij Gemeente Amsterdam"):
        call_command("import", path, "--organisation", "gm0363")
    assert Complaint.objects.count() == 0


def test_own_body_and_private_contractor_are_accepted(amsterdam, delivery_file):
    rows = [
        complaint_row(1),
        complaint_row(2, bestuursorgaan="Gemeente Amsterdam"),
        complaint_row(3, bestuursorgaan="Private uitvoeringsorganisatie, namelijk Parkeerbeheer BV"),
    ]
    assert import_delivery(delivery_file(rows), amsterdam).ok
    assert Complaint.objects.count() == 3


def test_ombudsman_delivers_complaints_about_other_bodies(ombudsman, amsterdam, delivery_file):
    rows = [
        complaint_row(1, eerstelijns_tweedelijns="tweedelijns", afdoeningswijze="geluisterd"),
        complaint_row(2, eerstelijns_tweedelijns="tweedelijns", afdoeningswijze="geluisterd", bestuursorgaan=UTRECHT),
    ]
    result = import_delivery(delivery_file(rows), ombudsman)
    assert result.ok, result.errors
    names = set(Complaint.objects.values_list("bestuursorgaan_naam", flat=True))
    assert names == {"Gemeente Amsterdam", UTRECHT}


def test_help_text_is_the_target_of_aria_describedby(client, coordinator):
    client.login(username="coordinator", password="geheim-wachtwoord")
    html = client.get("/aanleveren/").content.decode()
    for target in re.findall(r'aria-describedby="([^"]+)"', html):
        for ident in target.split():
            assert f'id="{ident}"' in html, ident
