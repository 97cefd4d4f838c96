"""Maximum lengths come from the standard (attributes.csv, max_length).

A longer cell is a Dutch error, not a database error.
"""

import pytest

from openklachten import standard
from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def check(tmp_path, data):
    return validate(read_table(builders.csv_file(tmp_path, data)))


def limited() -> dict[str, int]:
    return {a.label: a.max_length for a in standard.load().attributes if a.max_length}


def test_the_standard_limits_the_stored_text_columns():
    limits = {a.machine_name: a.max_length for a in standard.load().attributes if a.max_length}
    assert limits["organisatieonderdeel"] == 200 and limits["bestuursorgaan"] == 200
    assert limits["schriftelijk_oordeel"] == 500 and limits["klacht_id"] == 100


@pytest.mark.parametrize(
    "label, value",
    [
        ("Organisatieonderdeel", "Afdeling" + " Parkeren en handhaving" * 9),
        ("Bestuursorgaan", "Private uitvoeringsorganisatie, namelijk Stichting" + " Zorg en Welzijn" * 12),
        ("Schriftelijk oordeel", "https://www.example.nl/oordelen/" + "a" * 470 + ".pdf"),
    ],
)
def test_a_value_longer_than_the_standard_allows_is_a_dutch_error(tmp_path, label, value):
    limit = limited()[label]
    assert len(value) > limit
    report = check(tmp_path, builders.rows(2, **{label.replace(" ", "_"): value}))
    [error] = report.errors
    assert (error.row, error.column, error.code) == (2, label, "te_lang")
    assert f"hoogstens {limit} tekens toegestaan, dit zijn er {len(value)}" in error.message
    assert error.message.startswith(f'{label} "') and "is te lang" in error.message
    assert len(error.value) <= 60  # the report never repeats the whole text


def test_a_value_of_exactly_the_maximum_is_accepted(tmp_path):
    value = "Afdeling " + "x" * 191
    assert len(value) == 200
    report = check(tmp_path, builders.rows(1, Organisatieonderdeel=value))
    assert report.valid, [e.message for e in report.errors]
    assert report.records[0]["organisatieonderdeel"] == value
