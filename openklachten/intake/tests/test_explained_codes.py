"""F6: "Anders, namelijk <uitleg>" from the template's drop-down is the code; the explanation is never echoed."""

import pytest

from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate

EXPLANATION = "de handhaver Pietersen was onbeleefd tegen mij"


def check(tmp_path, data):
    return validate(read_table(builders.csv_file(tmp_path, data)))


@pytest.mark.parametrize(
    "value",
    [
        f"Anders, namelijk {EXPLANATION}",
        f"anders namelijk: {EXPLANATION}",
        f"Anders: {EXPLANATION}",
        f"ANDERS, NAMELIJK\n{EXPLANATION}",
    ],
)
def test_anders_namelijk_with_explanation_is_the_code_anders(tmp_path, value):
    report = check(tmp_path, builders.rows(2, Oorzaak=value))
    assert report.valid, [e.message for e in report.errors]
    assert report.records[0]["oorzaak"] == "anders"
    [warning] = [w for w in report.warnings if w.column == "Oorzaak"]
    assert warning.row == 2 and warning.code == "toelichting_niet_gepubliceerd"
    assert "niet gepubliceerd" in warning.message and "vrije tekst" in warning.message
    assert "Pietersen" not in warning.message and "Pietersen" not in warning.value
    assert "Pietersen" not in repr(report.records[0]) and "Pietersen" not in repr(report.to_json())


def test_ander_falen_namelijk_with_explanation(tmp_path):
    data = builders.rows(1)
    data[0]["Reden voor overslaan eerstelijns procedure"] = f"Ander falen van bestuursorgaan, namelijk {EXPLANATION}"
    report = check(tmp_path, data)
    assert report.records[0]["reden_overslaan_eerstelijns"] == "ander-falen"
    assert not [e for e in report.errors if e.column.startswith("Reden")]
    assert "Pietersen" not in repr(report.to_json())


def test_explanation_after_a_code_without_room_for_one_is_still_an_error(tmp_path):
    report = check(tmp_path, builders.rows(1, Oorzaak="Vertraging: het duurde te lang"))
    assert [e.code for e in report.errors] == ["onbekende_waarde"]


def test_error_messages_echo_at_most_60_characters_of_a_value(tmp_path):
    long_value = "Onbeleefd " + "x" * 200 + " Pietersen"
    report = check(tmp_path, builders.rows(1, Oorzaak=long_value, Thema_s=f"Parkeren; {long_value}"))
    assert len(report.errors) == 2
    for error in report.errors:
        assert "Pietersen" not in error.message and "Pietersen" not in error.value
        assert "x" * 61 not in error.message and len(error.value) <= 60
