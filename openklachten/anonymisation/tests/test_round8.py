"""Round 8 (issue 12): the classes of misses of the blind sets O-R (call notes; money and work; neighbourhood and
housing; schools and clubs with OCR errors).

Every sentence here is new (none is taken from a held-out set); each test names the class it covers.
"""

import pytest

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.engine import ocr_digits
from openklachten.anonymisation.keep import organisation_spans


def found(text):
    return {(text[e.start : e.end], e.type) for e in anonymise(text).entities}


def redacted(text, value):
    return value not in anonymise(text).text


# 1. ANDER by grammar: determiner + person or premises head + qualifiers with an anchor.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Elke nacht start de buurvrouw met de witte bestelbus op nummer 41 haar motor.", "witte bestelbus"),
        ("Het afval komt van de vrouw van de viskraam op de weekmarkt.", "viskraam op de weekmarkt"),
        ("De overlast komt van het tapijtzaakje achter de Lijsterbesstraat.", "Lijsterbesstraat"),
        ("Ik ben de enige blinde buschauffeur van de gemeente Tubbergen.", "blinde buschauffeur"),
        ("Gisteren schold de man met de grijze paardenstaart mij uit.", "grijze paardenstaart"),
        ("Wij wonen in het laatste boerderijtje aan de weg naar de veerpont.", "boerderijtje"),
        ("Ik woon boven de fietsenwinkel en hoor alles.", "fietsenwinkel"),
        ("Ik heb zelf een zaak (het nagelsalonnetje ertegenover) en zie het gebeuren.", "nagelsalonnetje"),
        ("Het gaat om perceel kadastraal bekend als Zeist sectie F nr. 2290.", "sectie F nr. 2290"),
        ("De eigenaar van appartement 3.07 verhuurt het aan toeristen.", "3.07"),
    ],
)
def test_singling_out_descriptions_are_redacted(text, value):
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("De man van de gemeente zei dat de bewoners van de Kastanjestraat moesten wachten.", "Kastanjestraat"),
        ("Ik heb de vrouw met de hond gesproken.", "vrouw met de hond"),
        ("Ik woon naast het gemeentehuis en het huis ernaast staat leeg.", "gemeentehuis"),
    ],
)
def test_descriptions_without_an_anchor_stay(text, value):
    assert not redacted(text, value)


# 2. Nicknames: quoted after a name, with a naming verb, or "de X" next to a real-name cue.
@pytest.mark.parametrize(
    "text, value",
    [
        ('De begeleider, Marco Smit ("Smitje"), kwam niet opdagen.', "Smitje"),
        ('Die jongen, door de hele buurt "Scooter-Sem" genoemd, rijdt over de stoep.', "Scooter-Sem"),
        ('Ze noemen hem hier "Bolle Bertus" en hij parkeert overal.', "Bolle Bertus"),
        ('Tegenover woont "de Zeeuw", zijn echte naam weet ik niet.', "de Zeeuw"),
    ],
)
def test_nicknames_are_redacted(text, value):
    assert redacted(text, value)


# 3. Initials that spell a surname particle ("GvB", "JvdM"); institutional abbreviations of that shape stay.
def test_particle_initials_are_redacted_and_institutions_stay():
    text = "Doorgestuurd aan de VvE en de KvK, actie MvdL; PtH belt terug."
    out = anonymise(text).text
    assert "MvdL" not in out and "PtH" not in out
    assert "VvE" in out and "KvK" in out


# 4. Form labels with a qualifier, inline labels, "Naam X," and "vl." in notes.
@pytest.mark.parametrize(
    "text, value, type_",
    [
        ("Naam aanvrager: p. van der meulen\nOnderwerp: bijstand", "p. van der meulen", "NAAM"),
        ("Adres huurder: lindelaan 7\nKlacht: schimmel", "lindelaan 7", "ADRES"),
        ("Klant belt. Achternaam volgens BRP: Verkerk-Dam. Wil terugbellen.", "Verkerk-Dam", "NAAM"),
        ("10:05 beller over parkeren. Naam Bosveld, vl. R., wil uitleg.", "Bosveld", "NAAM"),
    ],
)
def test_qualified_form_labels(text, value, type_):
    assert (value, type_) in found(text)


def test_a_name_in_a_pasted_table_ends_at_the_column_break():
    text = "Naam kind: Sara Blom   Groep: 3B\nKlacht: Sara wordt gepest."
    out = anonymise(text).text
    assert "Groep: 3B" in out and "Blom" not in out


def test_organisation_labels_are_no_person():
    assert not redacted("Naam school: De Springplank\nKlacht: geen busvervoer", "De Springplank")


# 5. Ages and birth dates in new shapes.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn dochter Femke (11, groep 8) durft niet meer.", "11"),
        ("Mijn  zoon  Bram  (4)  mag  niet  mee.", "4"),
        ("Mijn kleinkinderen (Sven 6 en Noa 9) spelen daar.", "9"),
        ("Hij pestte een jongen van 13. Niemand deed iets.", "13"),
        ("Mevr. is 83 en woont alleen.", "83"),
    ],
)
def test_ages_in_new_shapes(text, value):
    assert (value, "LEEFTIJD") in found(text)


def test_date_before_the_birth_is_a_birth_date():
    text = "Hij staat ingeschreven sinds 12-09-2023, de dag dat hij geboren is."
    assert ("12-09-2023", "GEBOORTEDATUM") in found(text)


# 6. Health in plain words: pain in a body part, loss of a faculty, skin, "slecht ter been".
@pytest.mark.parametrize(
    "word",
    ["nekpijnklachten", "geheugenverlies", "huiduitslag", "slecht ter been", "keelpijn"],
)
def test_health_morphology(word):
    assert (word, "GEZONDHEID") in found(f"Mijn moeder heeft {word} en kan niet naar het loket.")


def test_loss_that_is_no_health_stays():
    assert not redacted("Het tijdverlies door de omleiding is groot.", "tijdverlies")


# 7. Plates after the word "kenteken", case numbers of several segments, bare listing URLs.
@pytest.mark.parametrize(
    "text, value, type_",
    [
        ("Er staat een bus met Duits kenteken KLE AB 412 voor de deur.", "KLE AB 412", "KENTEKEN"),
        ("Mijn scooter (kenteken fxb21k) is weggesleept.", "fxb21k", "KENTEKEN"),
        ("Kenmerk leerlingenvervoer: LV/ZW/25-0193.", "LV/ZW/25-0193", "DOSSIERNUMMER"),
        ("Het besluit BB/AZ/25/30021 is onterecht.", "BB/AZ/25/30021", "DOSSIERNUMMER"),
        ("Mijn melding (ref. 2025/OVL/204.118) is gesloten.", "2025/OVL/204.118", "DOSSIERNUMMER"),
        ("Chat overgenomen (sessie wbc-4H7Q-2210).", "wbc-4H7Q-2210", "DOSSIERNUMMER"),
        ("De woning staat op booking.com/hotel/nl/881234 te huur.", "booking.com/hotel/nl/881234", "URL"),
    ],
)
def test_identifier_shapes(text, value, type_):
    assert (value, type_) in found(text)


def test_public_numbers_stay():
    text = "Zie rapport 2024/118, artikel 7:3 en overheid.nl/regelgeving/12345. Het kenteken van mijn auto is weg."
    assert anonymise(text).text == text


# 8. OCR: letters read as digits in numbers, digits read as letters in words.
def test_ocr_confusions_are_read_through():
    assert ocr_digits("Geb.datum: l2-O4-2Ol6") == "Geb.datum: 12-04-2016"
    assert ocr_digits("Naam: H3nk W1ldeman") == "Naam: Henk Wildeman"
    text = "Ingescand formulier\nGeboortedatum: O3-1l-2O18\nNaam vader: H3nk de Wi1de"
    out = anonymise(text).text
    assert "O3-1l-2O18" not in out and "H3nk" not in out


# 9. A role at a named school, club, church or local office is one person.
@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik heb het gemeld bij de intern begeleider van basisschool De Wilgenhoek in Zwolle.", "De Wilgenhoek"),
        ("De penningmeester van korfbalvereniging Oranje Wit weigert inzage.", "Oranje Wit"),
        ("Het gesprek was met de klantmanager van SVB-kantoor Leiden.", "SVB-kantoor Leiden"),
    ],
)
def test_role_at_a_named_organisation_is_a_function(text, value):
    assert any(t == "FUNCTIE" and value in v for v, t in found(text))


def test_role_with_a_named_apposition_keeps_the_organisation():
    text = "De trainer van hockeyclub De Uilen, coach Bakker, schreeuwt."
    out = anonymise(text).text
    assert "hockeyclub De Uilen" in out and "Bakker" not in out


# 10. A first name between a title and a found surname, even when it is an ordinary word.
def test_first_name_between_title_and_surname():
    out = anonymise("De consulent, mevrouw Mag Verhulst, belde niet terug.").text
    assert "Mag" not in out and "Verhulst" not in out


# 11. Review: organisation names and team codes are context, not names left standing.
def test_organisation_names_are_context_for_the_residual_rules():
    text = "Naar obs De Klimroos, SV Oeverzwaluwen, team JO9-1 en het Stedelijk Gymnasium Breda."
    spans = organisation_spans(text)
    for name in ("obs De Klimroos", "SV Oeverzwaluwen", "JO9-1", "Gymnasium Breda"):
        start = text.index(name)
        assert any(s <= start and start + len(name) <= e for s, e in spans), name
    result = anonymise("Mijn zoon speelt bij SV Oeverzwaluwen in JO9-1 en zit op obs De Klimroos.")
    assert not result.needs_review, result.review_reasons


# 12. A single initial in brackets after a colleague word; a lower-case listed street at the end of a sign-off.
def test_staff_initial_and_sign_off_street():
    out = anonymise("Ze klaagt over een collega (R.) van de balie.").text
    assert "(R.)" not in out
    assert "meidoornlaan 12" not in anonymise("bel me terug! Karin Vos, meidoornlaan 12").text


# 13. Review: Dutch word forms in a name position are no name ("mijn schutting is omgezaagd").
def test_dutch_word_forms_in_a_name_position_do_not_route():
    result = anonymise("de buren hebben mijn schutting gewoon omgezaagd. dit is toch onacceptabel.")
    assert not any("naamplek" in reason for reason in result.review_reasons), result.review_reasons


def test_a_firm_named_after_its_owner_stays_a_residual_risk():
    text = "De taxi van Wiśniewski Zorgvervoer kwam niet, maar obs De Klimroos belde wel."
    spans = [text[s:e] for s, e in organisation_spans(text)]
    assert "obs De Klimroos" in spans
    assert not any("Wiśniewski" in span for span in spans)
