"""Round 11 (issue 12): health details from a licensed medical list and Dutch word formation.

Every sentence here is new and synthetic (none taken from a held-out set, persons invented); each redaction case
fails on the engine of round 10. The keep cases put ordinary words next to health words.
"""

import gzip

import pytest

from openklachten.anonymisation import ENGINE_VERSION, lookup
from openklachten.anonymisation.build_health_lists import dutch_spellings
from openklachten.anonymisation.detectors.health_vocabulary import (
    brand_names,
    detect_health_vocabulary,
    listed_terms,
)
from openklachten.anonymisation.document import Document
from openklachten.anonymisation.tests.helpers import value_gone as redacted
from openklachten.anonymisation.tests.helpers import value_kept as kept


@pytest.mark.parametrize(
    "text, value",
    [
        # drug names from the list, in Dutch spelling
        ("Sinds de opname slikt mijn vader bisoprolol en apixaban.", "bisoprolol"),
        ("Sinds de opname slikt mijn vader bisoprolol en apixaban.", "apixaban"),
        ("De apotheek gaf haar de verkeerde dosis amitriptyline.", "amitriptyline"),
        ("Mijn zoon krijgt elke avond melatonine om te slapen.", "melatonine"),
        # disease names from the list, rewritten to Dutch (-emia -> -emie, -ia -> -ie, -ension -> -ensie)
        ("Bij de keuring werd hypertensie genoteerd.", "hypertensie"),
        ("Hij had een hyperglykemie toen de bus niet kwam.", "hyperglykemie"),
        ("Mijn dochter heeft hemofilie en bloedt snel.", "hemofilie"),
        ("Na de val volgde een pneumonie.", "pneumonie"),
        # Dutch words and compounds no international list has
        ("Oma raakte in een delier op de afdeling.", "delier"),
        ("Ze kreeg een urineweginfectie door het lange wachten.", "urineweginfectie"),
        ("Hij werd binnengebracht met een alcoholintoxicatie.", "alcoholintoxicatie"),
        ("De chauffeur weigerde mijn signaalhond.", "signaalhond"),
        ("Ik heb al maanden polsklachten van het typen.", "polsklachten"),
        ("Mijn neef is een stotteraar en werd uitgelachen.", "stotteraar"),
        ("Volgens de huisarts heeft hij geen nierafwijkingen.", "nierafwijkingen"),
        ("Ons kind heeft spina bifida en een rolstoel.", "spina bifida"),
        # capitals-only medical abbreviations and an aid after a preposition
        ("Patiënt bekend met DM2 en OSAS.", "DM2"),
        ("Patiënt bekend met DM2 en OSAS.", "OSAS"),
        ("Opgenomen na een NSTEMI.", "NSTEMI"),
        ("Ik moest op krukken naar het loket.", "krukken"),
        ("De arts noteerde dat ik staar heb.", "staar"),
    ],
)
def test_health_details_are_redacted(text, value):
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("De eisen van de gemeente zijn streng.", "eisen"),
        ("Ik staar al een uur naar het formulier.", "staar"),
        ("We zaten op krukken aan de balie.", "krukken"),
        ("De luchtvergiftiging in de wijk is een zaak voor de provincie.", "luchtvergiftiging"),
        ("Er zijn afwijkingen in de planning van de vuilophaal.", "afwijkingen"),
        ("Mijn hond blaft als de postbode komt.", "hond"),
        ("Het coronavirus heeft de dienstverlening vertraagd.", "coronavirus"),
        ("Het shock-effect van de brief was groot.", "shock"),
        ("De hemel was grijs toen de bus niet kwam.", "hemel"),
        ("Meneer Armin de Vries belde over zijn dm van de gemeente.", "dm"),
    ],
)
def test_ordinary_words_near_health_words_stay(text, value):
    assert kept(text, value)


def test_brand_names_need_a_medication_cue():
    brand = sorted(brand_names())[0]
    found = [e.source for e in detect_health_vocabulary(Document(f"de zaal heet {brand} en is open."))]
    assert "gezondheid-lijst" not in found
    assert redacted(f"De huisarts schreef {brand} voor, twee tabletten per dag.", brand)


@pytest.mark.parametrize(
    "english, dutch",
    [("metformin", "metformine"), ("hypoglycemia", "hypoglykemie"), ("hemophilia", "hemofilie")],
)
def test_international_terms_get_their_dutch_spelling(english, dutch):
    assert dutch in dutch_spellings(english)


def test_the_lists_hold_no_ordinary_dutch_word_or_name():
    """The lists are used without a context gate, so an ordinary word or a name on them would be redacted."""
    names = lookup.first_names() | lookup.surnames() | lookup.places()
    terms = listed_terms()
    assert len(terms) > 40_000
    assert not terms & names
    with gzip.open(lookup.DATA / "medication.txt.gz", "rt", encoding="utf-8") as handle:
        assert "MIT licence" in handle.readline()


def test_engine_version_went_up_for_round_11():
    """`openklachten rescan` applies this round to what was published with version 6."""
    assert ENGINE_VERSION >= 7
