"""Round 9 (issue 12): the classes of misses of the sets S-V (police and justice; internal complaint paperwork;
rural, water and environment; elderly people and digital access).

Every sentence here is new (none is taken from a held-out set); each test names the class it covers.
"""

import pytest

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.tests.helpers import value_gone as redacted
from openklachten.anonymisation.tests.helpers import value_kept as kept


# 1. ANDER by shape: a room, cell or flat number, with the ward or group written next to it.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn broer zit op afdeling B4, cel 9 en krijgt geen post.", "B4"),
        ("Mijn broer zit op afdeling B4, cel 9 en krijgt geen post.", "cel 9"),
        ("Mijn tante ligt op kamer 318, afdeling de Zwaluw, en belt niemand meer.", "Zwaluw"),
        ("Zij verblijft op groep Zonnebloem, kamer 6, sinds de zomer.", "Zonnebloem"),
        ("Hij woont sinds maart in flat 3-11 van het complex.", "3-11"),
        ("De bewoner van kamer 1.14 heeft geen internet.", "1.14"),
    ],
)
def test_room_and_cell_numbers_are_redacted(text, value):
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("De Tweede Kamer heeft 150 zetels.", "150"),
        ("De Kamer van Koophandel belde terug.", "Kamer van Koophandel"),
        ("We spraken in kamer van de wethouder.", "kamer van de wethouder"),
    ],
)
def test_room_words_without_a_number_stay(text, value):
    assert kept(text, value)


# 2. GEZONDHEID by morphology and grammar: organ problems, limited faculties, allergies, a broken bone as one
# compound, disease compounds, tumours on -oom, compounds written apart, weakened defences; an eye vocabulary.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn vader heeft nierproblemen en kan niet naar het loket.", "nierproblemen"),
        ("Door haar zichtbeperking kan zij het formulier niet lezen.", "zichtbeperking"),
        ("Onze dochter heeft een pinda-allergie.", "pinda-allergie"),
        ("Hij is allergisch voor wespen.", "allergisch"),
        ("Na zijn polsbreuk kon hij niet typen.", "polsbreuk"),
        ("Zij heeft de ziekte van Lyme en een longziekte.", "longziekte"),
        ("Bij hem is een melanoom gevonden.", "melanoom"),
        ("Zij heeft staar en cataract, dus kan zij de brief niet lezen.", "cataract"),
        ("Mijn moeder heeft een gluten allergie en kan daar niet eten.", "gluten allergie"),
        ("Mijn opa heeft een verzwakte weerstand sinds de chemo.", "verzwakte weerstand"),
        ("Zij heeft een zwak hart en mag de trap niet op.", "zwak hart"),
    ],
)
def test_health_morphology_is_redacted(text, value):
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Er staat een oude boom voor het huis en de stroom viel uit.", "boom"),
        ("De parkeerproblemen in de wijk zijn groot.", "parkeerproblemen"),
        ("Er geldt een snelheidsbeperking op de dijk.", "snelheidsbeperking"),
        ("De trendbreuk in de cijfers is opvallend.", "trendbreuk"),
    ],
)
def test_ordinary_words_with_health_endings_stay(text, value):
    assert kept(text, value)


# 3. FUNCTIE: a role with a named unit in two capitalised words, a case worker "in" a place, a doctor or
# ranger at a local office or named area.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik sprak de adviseur Bijzondere Bijstand over mijn aanvraag.", "Bijzondere Bijstand"),
        ("Volgens de inspecteur Openbare Ruimte van Hengelo mag het niet.", "Openbare Ruimte"),
        ("Mijn dossier lag bij de bezwaarbehandelaar in Deventer.", "bezwaarbehandelaar in Deventer"),
        ("De bedrijfsarts van het Arbo-kantoor Tilburg schreef mij beter.", "Arbo-kantoor Tilburg"),
    ],
)
def test_roles_with_a_unit_or_place_are_redacted(text, value):
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik belde de medewerker Karin Bosman over de aanslag. Bosman beloofde terug te bellen.", "medewerker"),
        ("Een medewerker in Zwolle nam op.", "medewerker in Zwolle"),
        ("Ik ga naar de huisarts in Elst.", "Elst"),
    ],
)
def test_roles_before_a_person_name_or_generic_stay_readable(text, value):
    assert kept(text, value)


def test_name_after_role_is_still_a_name_and_propagated():
    text = anonymise("Ik belde de medewerker Karin Bosman over de aanslag. Bosman beloofde terug te bellen.").text
    assert "Bosman" not in text


# 4. LEEFTIJD: a bare number in brackets with a comma after a relative.
def test_age_in_brackets_with_comma_after_relative():
    assert redacted("Mijn schoonvader (91, doof) kon de sirene niet horen.", "91")


# 5. NAAM: a lower-case surname after a person cue, in any register.
@pytest.mark.parametrize(
    "text, value",
    [
        ("het land van de gebroeders hendriks staat onder water", "hendriks"),
        ("ik heb meneer wolters drie keer gebeld", "wolters"),
        ("De familie jansen woont er al jaren.", "jansen"),
    ],
)
def test_lower_case_surname_after_cue(text, value):
    assert redacted(text, value)


def test_person_cue_before_an_ordinary_word_stays():
    assert kept("Mevrouw heeft gebeld en meneer kwam later.", "meneer kwam later")


# 6. ANDER: a parcel after "perceel" without "kadastraal"; a superlative inhabitant.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik heb perceel Wierden K 1187 vorig jaar verkocht.", "K 1187"),
        ("Het gaat om perceel WDN02 K 1187 achter de schuur.", "WDN02 K 1187"),
        ("Zij is de jongste inwoner van Vlieland en kreeg een brief.", "jongste inwoner"),
    ],
)
def test_parcels_and_superlative_inhabitants_are_redacted(text, value):
    assert redacted(text, value)


# 7. NAAM: a title with a single initial and no surname.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Casus 4: mevrouw R., 87 jaar, wacht op een scootmobiel.", "R."),
        ("Dhr. W. belde drie keer over de aanslag.", "W."),
    ],
)
def test_title_with_single_initial_is_redacted(text, value):
    assert redacted(text, value)


# 8. Keep: a ministry written with a lower-case "ministerie" is a public body, not a residual risk.
def test_lower_case_ministry_is_kept_and_not_routed():
    result = anonymise("Het ministerie van Sociale Zaken en Werkgelegenheid heeft de brief te laat verstuurd.")
    assert "Sociale Zaken en Werkgelegenheid" in result.text
    assert not result.needs_review
