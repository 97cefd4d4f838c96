"""The generated JSON Schema accepts valid complaint records and rejects invalid ones with the right reason."""

import json

import jsonschema
import pytest

from openklachten.standard.exports import build

GEMEENTE_AMSTERDAM = "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(build("jsonschema"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def informal_record(**changes):
    record = {
        "klacht_id": "Z-2024-001",
        "ontvangstdatum": "2024-03-12",
        "datum_afhandeling": "2024-03-20",
        "ontvangwijze": "telefoon",
        "status": "afgehandeld",
        "formeel_informeel": "informeel",
        "eerstelijns_tweedelijns": "eerstelijns",
        "bestuursorgaan": GEMEENTE_AMSTERDAM,
        "organisatieonderdeel": "Burgerzaken",
        "type_klager": "individu",
        "woonplaats_klager": "GM0363",
        "themas": ["afval"],
        "afdoeningswijze": "zonder-onderzoek-afgedaan",
        "verdaagd": False,
    }
    record.update(changes)
    return record


def formal_record(**changes):
    record = informal_record(
        formeel_informeel="formeel",
        gedraging="Geen reactie op de aanvraag.",
        oorzaak="vertraging",
        bevindingen="De aanvraag lag stil.",
        conclusie="deels-gegrond",
        oordeel_klacht="Deels gegrond wegens de termijn.",
        afdoeningswijze="excuses",
        herziening=None,
    )
    record.update(changes)
    return record


def messages(validator, record):
    return [error.message for error in validator.iter_errors(record)]


def test_valid_informal_and_formal_records(validator):
    assert messages(validator, informal_record()) == []
    assert messages(validator, formal_record()) == []
    assert messages(validator, formal_record(status="in-behandeling", conclusie=None, datum_afhandeling=None)) == []


def test_unknown_code_and_label_instead_of_code_are_rejected(validator):
    assert any("'mail' is not one of" in m for m in messages(validator, informal_record(ontvangwijze="mail")))
    assert messages(validator, informal_record(ontvangwijze="E-mail"))
    assert messages(validator, informal_record(themas=["afval", "geen-thema"]))


def test_bad_dates_urls_and_identifiers_are_rejected(validator):
    assert messages(validator, informal_record(ontvangstdatum="12-03-2024"))
    assert messages(validator, informal_record(ontvangstdatum="2024-02-30"))
    assert messages(validator, informal_record(woonplaats_klager="Amsterdam"))
    assert messages(validator, informal_record(bestuursorgaan="Gemeente Amsterdam"))
    private = "private uitvoeringsorganisatie, namelijk Zorg BV"
    assert messages(validator, informal_record(bestuursorgaan=private)) == []
    assert messages(validator, informal_record(bestuursorgaan="urn:openklachten:organisatie:cjib")) == []
    assert messages(validator, formal_record(schriftelijk_oordeel="geen link"))


def test_required_fields_per_profile(validator):
    without = formal_record()
    del without["gedraging"]
    assert "'gedraging' is a required property" in messages(validator, without)
    assert messages(validator, formal_record(conclusie=None))  # afgehandeld: conclusie required
    assert messages(validator, informal_record(themas=[]))
    missing_id = informal_record()
    del missing_id["klacht_id"]
    assert "'klacht_id' is a required property" in messages(validator, missing_id)


def test_informal_complaints_are_always_zonder_onderzoek(validator):
    assert messages(validator, informal_record(afdoeningswijze="excuses"))


def test_afdoeningswijze_list_depends_on_the_line(validator):
    assert messages(validator, formal_record(eerstelijns_tweedelijns="tweedelijns", afdoeningswijze="excuses"))
    ombudsman = formal_record(eerstelijns_tweedelijns="tweedelijns", afdoeningswijze="bemiddeling")
    assert messages(validator, ombudsman) == []
    assert messages(validator, formal_record(afdoeningswijze="bemiddeling"))


def test_example_made_of_every_documented_example_is_valid(validator, standard):
    example = validator.schema["examples"][0]
    assert messages(validator, example) == []
    assert set(example) == {a.machine_name for a in standard.attributes if a.example and not a.deprecated}


def test_unknown_property_is_rejected(validator):
    assert messages(validator, informal_record(naam_klager="Jan"))


def test_every_code_list_is_an_enum_on_its_property(standard):
    schema = json.loads(build("jsonschema"))
    for attribute in standard.attributes:
        if not attribute.codelist or attribute.type == "boolean":
            continue
        value = schema["properties"][attribute.machine_name]
        codes = list(standard.codelist(attribute.codelist).codes)
        if attribute.is_list:
            assert value["items"]["enum"] == codes
        else:
            assert value["enum"] == [*codes, None], attribute.machine_name
