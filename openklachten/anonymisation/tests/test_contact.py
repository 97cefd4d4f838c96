"""Telephone numbers, e-mail addresses, personal URLs and social media handles."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "number",
    [
        "06-41873320",
        "0612773402",
        "033 - 461 22 87",
        "+31 6 19284470",
        "0341-425918",
        "+380 67 441 2093",
        "(020) 555 1234",
    ],
)
def test_phone_numbers_dutch_and_international(number):
    assert found(f"Bel mij op {number} na vijf uur.", "TELEFOON") == [number]


@pytest.mark.parametrize("number", ["0800-33 55 555", "0800-1351", "088-1234567", "0900-0543"])
def test_general_numbers_of_organisations_stay(number):
    text = f"Vragen kunnen worden gesteld via {number}."
    assert redacted(text) == text


def test_personal_email_goes_general_mailbox_stays():
    text = "Mail r.verschuren@tilburg.nl of info@almere.nl en klachten@gemeente.nl."
    out = redacted(text)
    assert "r.verschuren" not in out
    assert "info@almere.nl" in out and "klachten@gemeente.nl" in out


def test_social_media_urls_and_handles():
    text = "Zie facebook.com/sjaak.hoogeveen.7 en linkedin.com/in/thomas-b-83a2 of volg @lieke.filmt op X."
    assert found(text, "URL") == ["facebook.com/sjaak.hoogeveen.7", "linkedin.com/in/thomas-b-83a2", "@lieke.filmt"]


def test_website_of_a_public_body_stays():
    text = "Lees https://www.rijksoverheid.nl/onderwerpen/toeslagen voor uitleg."
    assert redacted(text) == text


def test_handle_inside_email_is_not_a_separate_handle():
    assert found("mail naar piet@example.com", "URL") == []


@pytest.mark.parametrize("text", ["mail jan.dekker [at] gmail [dot] com aub", "mail piet(at)home.nl of bel"])
def test_obfuscated_email(text):
    assert "dekker" not in redacted(text) and "piet(at)" not in redacted(text)
