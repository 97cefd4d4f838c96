"""Registers beyond the dev corpus: e-mail threads, forms, transcripts, speech recognition, other languages."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


def test_email_reply_header_with_name():
    text = "Op 5 maart 2024 om 10:02 schreef Jan Jansen <jan@example.nl>:\n> Geachte heer,"
    assert "Jan Jansen" in found(text, "NAAM")


def test_email_signature_after_dash_dash():
    text = "Bedankt voor uw geduld.\n--\nPieter Bakker\nAdviseur Wonen\nGemeente Zwolle"
    out = redacted(text)
    assert "Pieter Bakker" not in out and "Gemeente Zwolle" in out


def test_transcript_speaker_labels():
    out = redacted("Sanne: goedemiddag\nBeller: ja hallo\nMedewerker (Ruben): wat is uw naam?")
    assert "Sanne" not in out and "Ruben" not in out and "Beller:" in out


def test_form_fields_without_the_usual_shape():
    out = redacted("Straat: Kerkstraat\nHuisnummer: 12\nPostcode: 8011AB\nWoonplaats: Zwolle")
    assert "Kerkstraat" not in out and "12" not in out and "8011AB" not in out and "Zwolle" in out


def test_speech_recognition_without_capitals_or_punctuation():
    text = "ik woon op de kerkstraat nummer 12 in zwolle en mijn postcode is 8011 ab mijn achternaam is jansen"
    out = redacted(text)
    assert "kerkstraat nummer 12" not in out and "8011 ab" not in out and "jansen" not in out


@pytest.mark.parametrize(
    "closing", ["Yours sincerely,", "Mit freundlichen Grüßen", "Z poważaniem,", "Saygılarımla,", "Kind regards,"]
)
def test_closings_in_other_languages(closing):
    assert "John Smith" not in redacted(f"Please help me.\n\n{closing}\nJohn Smith")


def test_lower_case_first_and_surname_from_the_lists_in_a_chat():
    assert "pieter de graaf" in found("10:44 [Bezoeker] pieter de graaf 3512 AB", "NAAM")


def test_unknown_word_with_a_childs_age_is_a_name_for_review():
    from openklachten.anonymisation import anonymise

    # "Kacper" is in the name lists since issue 12 (Faker's Polish names); a name no list holds:
    result = anonymise("Mój syn Zbyszko (7) ma astmę. Zie Bijlage (2).")
    assert "Zbyszko" not in result.text and "Bijlage (2)" in result.text and result.needs_review
