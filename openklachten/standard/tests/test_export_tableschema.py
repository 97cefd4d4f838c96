"""The generated Data Package is valid Frictionless and its Table Schema checks a CSV of complaints."""

import csv
import json

import pytest

from openklachten.standard.exports import build

frictionless = pytest.importorskip("frictionless")


def write_package(tmp_path, standard, rows):
    (tmp_path / "datapackage.json").write_text(build("tableschema"), encoding="utf-8")
    names = [a.machine_name for a in standard.attributes]
    with (tmp_path / "klachten.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, names)
        writer.writeheader()
        for row in rows:
            writer.writerow({n: row.get(n, "") for n in names})
    return frictionless.Package(str(tmp_path / "datapackage.json"))


VALID = {
    "klacht_id": "Z-1",
    "ontvangstdatum": "2024-01-02",
    "ontvangwijze": "e-mail",
    "status": "in-behandeling",
    "formeel_informeel": "informeel",
    "eerstelijns_tweedelijns": "eerstelijns",
    "bestuursorgaan": "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
    "organisatieonderdeel": "Burgerzaken",
    "type_klager": "individu",
    "woonplaats_klager": "GM0363",
    "themas": "afval;parkeren",
    "verdaagd": "nee",
}


def errors(report):
    return [(error.type, error.field_name) for task in report.tasks for error in task.errors]


def test_package_metadata_is_valid_and_has_every_attribute(tmp_path, standard):
    package = write_package(tmp_path, standard, [VALID])
    fields = package.get_resource("klachten").schema.field_names
    assert fields == [a.machine_name for a in standard.attributes]
    descriptor = json.loads(build("tableschema"))
    assert descriptor["licenses"][0]["name"] == "CC0-1.0"


def test_valid_csv_passes(tmp_path, standard):
    report = write_package(tmp_path, standard, [VALID]).validate()
    assert errors(report) == []
    assert report.valid


def test_invalid_values_are_reported_per_field(tmp_path, standard):
    bad = dict(
        VALID,
        klacht_id="Z-2",
        ontvangwijze="mail",
        themas="afval;onzin",
        woonplaats_klager="Amsterdam",
        ontvangstdatum="02-01-2024",
    )
    found = set(errors(write_package(tmp_path, standard, [VALID, bad]).validate()))
    assert {
        ("constraint-error", "ontvangwijze"),
        ("constraint-error", "themas"),
        ("constraint-error", "woonplaats_klager"),
        ("type-error", "ontvangstdatum"),
    } <= found


def test_missing_required_value_is_reported(tmp_path, standard):
    found = errors(write_package(tmp_path, standard, [dict(VALID, ontvangstdatum="")]).validate())
    assert ("constraint-error", "ontvangstdatum") in found
