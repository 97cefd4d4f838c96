"""Licence plates in every RDW sidecode."""

import pytest

from openklachten.anonymisation.tests.helpers import found

PLATES = [
    "AB-12-34",
    "12-34-AB",
    "12-AB-34",
    "AB-12-CD",
    "AB-CD-12",
    "12-AB-CD",
    "12-ABC-3",
    "1-ABC-23",
    "AB-123-C",
    "A-123-BC",
    "ABC-12-D",
    "A-12-BCD",
    "1-AB-234",
    "123-AB-4",
]


@pytest.mark.parametrize("plate", PLATES)
def test_every_sidecode(plate):
    assert found(f"De auto met {plate} stond fout.", "KENTEKEN") == [plate]


def test_lower_case_plate_in_informal_notes():
    assert found("kenteken hx-902-r klopt niet", "KENTEKEN") == ["hx-902-r"]


def test_plate_without_dashes_needs_the_word_kenteken():
    assert found("kenteken GZ481T", "KENTEKEN") == ["GZ481T"]
    assert found("Het formulier GZ481T is oud.", "KENTEKEN") == []


def test_dates_and_mixed_case_words_are_no_plates():
    assert found("Op 12-05-2024 kwam Oud-12-Jaar langs.", "KENTEKEN") == []
