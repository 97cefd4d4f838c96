"""The safety net: leftover identifier-shaped strings go, amounts, dates and public numbers stay."""

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.tests.helpers import redacted


def test_unlabelled_long_number_is_caught():
    result = anonymise("Zie 2234 5567 8901 2345 in het systeem.")
    assert "8901" not in result.text
    assert result.entities[0].source == "vangnet"


def test_letter_digit_code_is_caught():
    assert "AB1234567" not in redacted("Het pasnummer AB1234567 klopt niet.")


def test_amounts_dates_and_public_numbers_stay():
    text = "Een bedrag van € 1.250.000 op 12-05-2024, KvK 12345678, Postbus 16200, periode 2019-2023."
    assert redacted(text) == text


def test_spelled_out_number_from_speech_recognition():
    # Complete (ten digits from 0): nothing of it is left standing, so no person needs to look.
    result = anonymise("mijn nummer is nul zes een twee drie vier vijf zes zeven acht dank u")
    assert "zeven acht" not in result.text
    assert result.entities[0].type == "TELEFOON" and not result.needs_review


def test_incomplete_spelled_out_number_goes_to_review():
    # Eight digits: a speech error may have split the number, and a person checks what is left.
    result = anonymise("mijn nummer is nul zes een twee drie vier vijf zes dank u")
    assert "vijf zes" not in result.text
    assert result.entities[0].type == "TELEFOON" and result.needs_review


def test_date_with_time_is_no_number():
    text = "Melding via app 22-02-2024 21:14 over overlast."
    assert redacted(text) == text
