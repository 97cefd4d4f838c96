"""BSN (elfproef), IBAN (mod-97) and postcodes."""

import pytest

from openklachten.anonymisation.checksums import elfproef, iban_valid
from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize("number", ["123456782", "111222333", "12345672"])
def test_elfproef_accepts_valid_numbers(number):
    assert elfproef(number)


@pytest.mark.parametrize("number", ["123456789", "000000000", "1234567", "12345678a"])
def test_elfproef_rejects_invalid_numbers(number):
    assert not elfproef(number)


@pytest.mark.parametrize("written", ["123456782", "1234.56.782", "123 456 782", "1234 56 782"])
def test_valid_bsn_found_in_every_written_form(written):
    assert found(f"Het nummer {written} staat in het dossier.", "BSN") == [written]


def test_invalid_checksum_without_label_is_no_bsn():
    assert found("Het ordernummer 123456789 is verstuurd.", "BSN") == []


def test_labelled_bsn_is_found_even_with_a_typo():
    assert found("BSN: 123456789", "BSN") == ["123456789"]
    assert found("Haar BSN is 123456782.", "BSN") == ["123456782"]


@pytest.mark.parametrize(
    "iban", ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "BE68539007547034", "DE89 3704 0044 0532 0130 00"]
)
def test_valid_ibans(iban):
    assert iban_valid(iban)
    assert found(f"Graag terugstorten op {iban} alstublieft.", "IBAN") == [iban]


def test_mod97_rejects_a_changed_digit():
    assert not iban_valid("NL91ABNA0417164301")


def test_account_of_bank_nederlandse_gemeenten_is_public():
    text = "Betaald op NL09 BNGH 9407 5007 66 van de gemeente, terug op NL91 ABNA 0417 1643 00."
    out = redacted(text)
    assert "NL09 BNGH 9407 5007 66" in out
    assert "0417" not in out


def test_postcodes_with_and_without_space():
    assert found("Ik woon in 8012 DG Zwolle, vroeger 1011AB Amsterdam.", "POSTCODE") == ["8012 DG", "1011AB"]


def test_postbus_postcode_of_an_organisation_stays():
    text = "Stuur het naar Postbus 16200, 3500 CE Utrecht."
    assert redacted(text) == text


def test_year_followed_by_a_word_is_no_postcode():
    assert found("Op 21 oktober 2023 in Enschede gebeurde het.", "POSTCODE") == []
