"""Case, customer and dossier numbers after a label; public document numbers stay."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "text, number",
    [
        ("Mijn zaaknummer is HZ-WABO-23-04417", "HZ-WABO-23-04417"),
        ("onder klantnummer 88412034 gemeld", "88412034"),
        ("Ons kenmerk: 2024/0412.", "2024/0412"),
        ("Aanslagnummer 4417.82.0391 , BSN", "4417.82.0391"),
        ("naheffingsaanslag 7042 1188 3305 voor", "7042 1188 3305"),
        ("dossier met nummer 2024/0412.", "2024/0412"),
        ("relatienummer bij RVO is 2100873.", "2100873"),
    ],
)
def test_number_after_a_label(text, number):
    assert number not in redacted(text)


def test_case_number_shape_without_label():
    assert found("Zie KL-2023-08817 voor details.", "DOSSIERNUMMER") == ["KL-2023-08817"]


@pytest.mark.parametrize(
    "text", ["Zie ook rapport 2023/118.", "LRK-nummer 192112086 van het kinderdagverblijf.", "artikel 9:11 Awb"]
)
def test_public_numbers_stay(text):
    assert redacted(text) == text


def test_year_after_zaak_is_no_number():
    assert redacted("De zaak uit 2023 is gesloten.") == "De zaak uit 2023 is gesloten."
