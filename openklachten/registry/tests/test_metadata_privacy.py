"""F7: delivery metadata is published (API aanleveringen); a person's name, mobile or e-mail is refused."""

import html

import pytest
from django.core.management import CommandError, call_command

from openklachten.registry.importer import ImportRefused, import_delivery
from openklachten.registry.models import Delivery
from openklachten.registry.tests.conftest import complaint_row, upload

PERSONAL = ["M. de Vries-Akkerman, 06-19283746", "pietbakker@gmail.com", "bel +31 6 19283746", "de heer P. Bakker"]
GENERAL = ["klachten@gemeente.nl", "14 020", "T: +31206259999 E: info@ombudsmanmetropool.nl", "Team Klachten, 14 020"]


def _post(client, organisation, path, contact):
    return upload(client, organisation, path, contact=contact)


@pytest.mark.parametrize("contact", PERSONAL)
def test_upload_form_refuses_personal_contact(client, publisher, amsterdam, delivery_file, contact):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, amsterdam, delivery_file([complaint_row(1)]), contact)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "wordt openbaar gepubliceerd" in page and "geen gegevens van een persoon" in page
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("contact", GENERAL)
@pytest.mark.django_db(transaction=True)
def test_upload_form_accepts_general_contact(client, publisher, amsterdam, delivery_file, contact):
    client.login(username="pietje", password="geheim-wachtwoord")
    response = _post(client, amsterdam, delivery_file([complaint_row(1)]), contact)
    assert response.status_code == 302
    assert Delivery.objects.get().metadata["contact"] == contact


def test_import_refuses_personal_metadata(amsterdam, delivery_file):
    with pytest.raises(ImportRefused, match="Metadata 'omschrijving'.*persoonsnaam"):
        import_delivery(
            delivery_file([complaint_row(1)]),
            amsterdam,
            metadata={"omschrijving": "Samengesteld door Marieke Verhoeven-Tjoa"},
        )
    assert not Delivery.objects.exists()


def test_cli_import_checks_contact(amsterdam, delivery_file):
    path = str(delivery_file([complaint_row(1)]))
    with pytest.raises(CommandError, match="mobiel telefoonnummer"):
        call_command("import", path, "--organisation", "gm0363", "--contact", "06-19283746")
    call_command("import", path, "--organisation", "gm0363", "--contact", "klachten@amsterdam.nl")
    assert Delivery.objects.get().metadata["contact"] == "klachten@amsterdam.nl"
