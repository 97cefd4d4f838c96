"""Reading JSON arrays and JSON Lines."""

import datetime as dt
import json

from openklachten.intake import samples
from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def test_json_array_with_dutch_labels(tmp_path):
    path = samples.write_json(tmp_path / "k.json", builders.rows(3))
    table = read_table(path)
    assert table.format == "json"
    report = validate(table)
    assert report.valid, report.errors
    assert report.records[1]["themas"] and isinstance(report.records[1]["themas"], list)


def test_json_lines_with_machine_names_native_types_and_nesting(tmp_path):
    lines = [
        {
            "klacht_id": 17,
            "ontvangstdatum": "2024-03-12",
            "datum_afhandeling": "2024-04-02",
            "ontvangwijze": "e-mail",
            "status": "afgehandeld",
            "formeel_informeel": "informeel",
            "eerstelijns_tweedelijns": "tweedelijns",
            "gerelateerde_klacht": {"organisatie": "Gemeente Amsterdam", "id": "A-1"},
            "bestuursorgaan": "gm0363",
            "organisatieonderdeel": "Stadsdeel West",
            "type_klager": "groep",
            "woonplaats_klager": "GM0363",
            "themas": ["parkeren", "Afval"],
            "verdaagd": True,
        }
    ]
    path = tmp_path / "k.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.format == "jsonl"
    report = validate(table)
    assert report.valid, report.errors
    record = report.records[0]
    assert record["klacht_id"] == "17"
    assert record["ontvangstdatum"] == dt.date(2024, 3, 12)
    assert record["themas"] == ["parkeren", "afval"]
    assert record["verdaagd"] is True
    assert record["afdoeningswijze"] == "zonder-onderzoek-afgedaan"  # fixed for informal complaints
    assert record["bestuursorgaan_naam"] == "Gemeente Amsterdam"
    assert record["gerelateerde_klacht_organisatie"].endswith("/gm0363")


def test_json_wrapped_in_an_object_and_errors_name_the_record(tmp_path):
    data = builders.rows(2)
    data[1]["Status"] = "klaar"
    path = tmp_path / "k.json"
    path.write_text(json.dumps({"klachten": data}), encoding="utf-8")
    report = validate(read_table(path))
    assert [(e.row, e.column, e.code) for e in report.errors] == [(2, "Status", "onbekende_waarde")]
