"""Exact ages and dates of birth; durations and procedural dates stay."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "text, age",
    [
        ("de 87-jarige bewoonster", "87-jarige"),
        ("Hij is 79 jaar oud.", "79 jaar oud"),
        ("moeder van Luuk (14 jaar).", "14 jaar"),
        ("Ik ben 89 jaar en heb reuma.", "89 jaar"),
        ("De heer Al-Hassan, 34 jaar, stelt", "34 jaar"),
        ("haar zoontje van 4 jaar heeft", "4 jaar"),
        ("ze is 72 en woont alleen", "72"),
    ],
)
def test_exact_age(text, age):
    assert age in found(text, "LEEFTIJD")


@pytest.mark.parametrize(
    "text",
    ["Wij staan al 4 jaar ingeschreven.", "binnen 8 weken beslissen", "sinds 2019 een uitkering", "na 3 jaar wachten"],
)
def test_durations_are_no_age(text):
    assert redacted(text) == text


@pytest.mark.parametrize(
    "text, date",
    [
        ("dhr. Kowalski, geb. 03-09-1979, belde", "03-09-1979"),
        ("Verzoeker, geboren op 14 augustus 1990, heeft", "14 augustus 1990"),
        ("geb.datum 11-02-1994. tel", "11-02-1994"),
        ("Geboortedatum: 8 april 1983", "8 april 1983"),
    ],
)
def test_date_of_birth_after_its_label(text, date):
    assert found(text, "GEBOORTEDATUM") == [date]


def test_procedural_dates_stay():
    text = "Op 14 februari 2024 ontving ik de beslissing van 3 maart 2024."
    assert redacted(text) == text


def test_birth_year_after_geboren_in():
    assert found("Zij is geboren in 1975 te Zwolle.", "GEBOORTEDATUM") == ["1975"]


def test_age_in_brackets_after_a_first_name():
    assert found("de ouders van Noor (9) klaagden", "LEEFTIJD") == ["9"]


def test_bare_age_after_a_person_and_van():
    assert found("mijn moeder van 84 is daar gevallen", "LEEFTIJD") == ["84"]
    assert found("een boete van 84 euro", "LEEFTIJD") == []


def test_spelled_out_age_in_speech():
    assert found("ik ben zevenentachtig en ik heb copd", "LEEFTIJD") == ["zevenentachtig"]


def test_spoken_date_of_birth():
    out = redacted("KCC: Wat is uw geboortedatum?\nKlant: Vijf juni negentienzeventig. Ik bel over de bijstand.")
    assert "negentienzeventig" not in out
    assert (
        redacted("de afspraak is op vijf juni tweeduizend vierentwintig")
        == "de afspraak is op vijf juni tweeduizend vierentwintig"
    )


def test_year_of_birth_in_brackets_after_a_name_only():
    assert found("Klager is Mohammed el Idrissi (1988), wonend te Utrecht.", "GEBOORTEDATUM") == ["1988"]
    assert redacted("Zie het Jaarverslag (2023) en rapport (2022).") == "Zie het Jaarverslag (2023) en rapport (2022)."
