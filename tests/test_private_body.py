"""A private body's name ('Private uitvoeringsorganisatie, namelijk <naam>') is text a person can be named in.

Issue 9 item 1: the whole text used to be published raw as bestuursorgaan_naam. It now passes the anonymiser
as a whole: published as delivered only when nothing personal is found in it, otherwise as the bare category.
"""

import pytest

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint

from .conftest import ORGANISATION, PII, fill_template, leave_empty_readmodel, person_rows, register_organisation
from .test_privacy_sweep import leaks

PERSON_BODY = f"Private uitvoeringsorganisatie, namelijk {PII['naam']} tel. {PII['telefoon']}"
COMPANY_BODY = "Private uitvoeringsorganisatie, namelijk Stichting Parkeerbeheer Noord"


@pytest.fixture
def private_bodies(db, tmp_path, publish):
    register_organisation()
    rows = person_rows()
    rows[0]["Bestuursorgaan"] = PERSON_BODY
    rows[1]["Bestuursorgaan"] = COMPANY_BODY
    result = publish(import_delivery, fill_template(tmp_path / "private.xlsx", rows), ORGANISATION)
    assert result.ok, [e.message for e in result.errors]
    yield list(Complaint.objects.filter(delivery=result.delivery).order_by("ontvangstdatum"))
    leave_empty_readmodel()


def test_a_person_named_as_private_body_is_not_published(private_bodies, client):
    person, _ = private_bodies
    api = client.get(f"/api/v1/klachten/{person.public_id}")
    assert api.status_code == 200
    assert not leaks(api.content.decode()), leaks(api.content.decode())
    assert api.json()["bestuursorgaan_naam"] == "Private uitvoeringsorganisatie"
    listing = client.get("/api/v1/klachten").content.decode()
    assert not leaks(listing), leaks(listing)
    export = b"".join(client.get("/downloads/klachten.csv").streaming_content).decode()
    assert "Private uitvoeringsorganisatie" in export
    assert not leaks(export), leaks(export)
    page = client.get(f"/klachten/{person.public_id}").content.decode()
    assert not leaks(page), leaks(page)
    # Not even the registry's (non-public) column keeps it: the anonymised value is all that is stored.
    assert not leaks(Complaint.objects.get(pk=person.pk).bestuursorgaan_naam)


def test_a_company_named_as_private_body_stays_published(private_bodies, client):
    _, company = private_bodies
    api = client.get(f"/api/v1/klachten/{company.public_id}").json()
    assert api["bestuursorgaan_naam"] == COMPANY_BODY
