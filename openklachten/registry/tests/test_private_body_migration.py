"""The data migration that cleans private body names stored raw before issue 9."""

import importlib

from django.apps import apps

from openklachten.registry.factories import make_complaint

migration = importlib.import_module("openklachten.registry.migrations.0003_anonymise_private_body_names")


def test_a_person_s_name_becomes_the_category_and_a_company_stays(db):
    person = make_complaint(
        bestuursorgaan_uri="", bestuursorgaan_naam="Private uitvoeringsorganisatie, namelijk Pietje Puk"
    )
    company = make_complaint(
        bestuursorgaan_uri="",
        bestuursorgaan_naam="Private uitvoeringsorganisatie, namelijk Stichting Parkeerbeheer Noord",
    )
    official = make_complaint(
        bestuursorgaan_uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        bestuursorgaan_naam="Gemeente Amsterdam",
    )
    migration.anonymise_private_body_names(apps, None)
    for complaint in (person, company, official):
        complaint.refresh_from_db()
    assert person.bestuursorgaan_naam == "Private uitvoeringsorganisatie"
    assert company.bestuursorgaan_naam.endswith("Stichting Parkeerbeheer Noord")
    assert official.bestuursorgaan_naam == "Gemeente Amsterdam"
