"""Round 5 (issue 12): the classes of misses of the blind sets K and L, and principled review routing.

Every sentence here is new (none is taken from a held-out set); each test names the class it covers.
"""

import pytest

from openklachten.anonymisation import anonymise


def types(text):
    return {(text[e.start : e.end], e.type) for e in anonymise(text).entities}


@pytest.mark.parametrize(
    "text, age",
    [
        ("Mijn nichtje (9) werd door de buschauffeur uitgelachen.", "9"),
        ("ons kleinkind is 4 en kan nog niet alleen oversteken", "4"),
        ("Haar kleinzoon van zeven heeft sindsdien nachtmerries.", "zeven"),
        ("mn zusje is 15, ze durft niet meer over straat", "15"),
    ],
)
def test_age_after_any_kinship_word(text, age):
    assert (age, "LEEFTIJD") in types(text)


def test_kinship_number_that_is_no_age_stays():
    text = "Mijn zoon is 3 keer gebeld en de rekening van 45 euro klopt niet."
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn schoonvader is sinds de val rolstoelafhankelijk.", "rolstoelafhankelijk"),
        ("Hij ligt 's nachts aan de beademing en de stroom viel uit.", "beademing"),
        ("Mijn oom is dement en woont nog thuis.", "dement"),
        ("Zij is auditief beperkt en hoort de bel niet.", "auditief beperkt"),
        ("Hij draagt hoortoestellen en verstond de agent niet.", "hoortoestellen"),
    ],
)
def test_care_adjectives_dependence_and_plural_aids(text, value):
    assert (value, "GEZONDHEID") in types(text)


def test_weather_dependence_is_no_health_detail():
    text = "De planning is weersafhankelijk, aldus de aannemer."
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Mijn buurman heeft ms en kan de trap niet meer op.",
        "Vanwege haar ms kon zij niet naar het loket komen.",
        "Mijn broer lijdt aan ms sinds zijn dertigste.",
    ],
)
def test_lower_case_ms_after_a_health_cue(text):
    assert ("ms", "GEZONDHEID") in types(text)


def test_lower_case_ms_without_cue_stays():
    text = "We overleggen morgen via ms teams over de planning."
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, function",
    [
        ("De buurtcoach van het wijkteam Kanaleneiland belde niet terug.", "buurtcoach van het wijkteam Kanaleneiland"),
        ("Ik sprak de gebiedsmakelaar van Oud-Zuid over de bankjes.", "gebiedsmakelaar van Oud-Zuid"),
        ("Betrokkene: P. Smit, gezinsvoogd team Arnhem-Noord.", "gezinsvoogd team Arnhem-Noord"),
    ],
)
def test_team_role_with_a_named_area(text, function):
    assert (function, "FUNCTIE") in types(text)


def test_team_role_without_a_place_stays():
    text = "de gezinsvoogd van mijn dochter belt nooit terug"
    assert anonymise(text).text == text


def test_generic_role_of_a_small_gemeente_is_one_person():
    small = anonymise("De leerplichtambtenaar van de gemeente Vaals heeft ons niet gehoord.")
    large = anonymise("De leerplichtambtenaar van de gemeente Rotterdam heeft ons niet gehoord.")
    assert "leerplichtambtenaar" not in small.text and "Vaals" in small.text
    assert "leerplichtambtenaar" in large.text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Voorzitter: Mijnheer van Dongen, wilt u reageren?", "van Dongen"),
        ("Ik sprak gisteren mevrouw van der Meulen-Koch aan de balie.", "van der Meulen-Koch"),
        ("de medewerker heette volgens mij van den Akker, dat stond op zijn pasje", "van den Akker"),
    ],
)
def test_surname_opening_with_particles(text, name):
    assert (name, "NAAM") in types(text)


def test_particle_surname_found_once_also_goes_at_a_sentence_start():
    text = "Wij spraken mijnheer van Dongen.\nVan Dongen: dat klopt niet."
    assert "Dongen" not in anonymise(text).text


@pytest.mark.parametrize(
    "text, name",
    [
        ("@busbedrijf: Sorry voor het wachten! ^Femke", "Femke"),
        ("Dank voor je bericht, we kijken ernaar. ^MK", "MK"),
    ],
)
def test_webcare_caret_signature(text, name):
    assert (name, "NAAM") in types(text)


def test_caret_in_a_formula_stays():
    text = "De oppervlakte is 3^2 meter, zegt de aannemer."
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("@gemeentezwolle waarom is de brug dicht?", "@gemeentezwolle"),
        ("vraag aan @Gem_Utrecht: wanneer komt de veegwagen", "@Gem_Utrecht"),
        ("@RDWnl mijn kentekenbewijs is zoek", "@RDWnl"),
        ("cc @politie.utrecht dit is gevaarlijk", "@politie.utrecht"),
    ],
)
def test_organisation_handle_is_kept(text, kept):
    out = anonymise(text).text
    assert kept in out


def test_personal_handle_is_still_redacted():
    assert "@gemma_dekker" not in anonymise("zie het filmpje van @gemma_dekker op mijn tijdlijn").text


def test_lower_case_postcode_after_a_house_number():
    assert ("3512 jk", "POSTCODE") in types("ik woon op de oudegracht 12, 3512 jk utrecht")


def test_two_lower_case_words_after_a_number_are_no_postcode():
    text = "Dat kostte 1500 en daarna nog 2000 op de rekening."
    assert anonymise(text).text == text


def test_description_through_a_chain_of_places():
    text = "Hij werkt als enige monteur bij de garage aan de Dorpsstraat in Ootmarsum."
    out = anonymise(text).text
    assert "Ootmarsum" not in out and "monteur" not in out


def test_only_way_is_no_description():
    text = "Dat is de enige manier om in Zwolle te parkeren."
    assert anonymise(text).text == text


def test_neighbour_with_the_dwelling_between_and_number():
    assert "nummer 8" not in anonymise("Mijn klacht gaat over de bewoner van de bovenwoning op nummer 8.").text


def test_multi_word_speaker_label_with_a_listed_surname():
    text = "Ria Jansen: wat een toestand\nWiel Hendriks: klopt, hier ook"
    out = anonymise(text).text
    assert "Hendriks" not in out and "Wiel" not in out


def test_word_like_first_name_before_a_found_surname():
    out = anonymise("Met vriendelijke groet,\nRoos van Leeuwen\nDorpsstraat 4").text
    assert "Roos" not in out and "Leeuwen" not in out


def test_hashtag_ending_in_a_first_name_goes_to_review():
    result = anonymise("die ambtenaar moet weg #ontslagmarieke #klacht")
    assert result.needs_review
    assert any("hashtag" in reason for reason in result.review_reasons)


def test_ordinary_hashtags_do_not_send_a_text_to_review():
    assert not anonymise("de bus kwam weer niet #treinellende #toegankelijkheid #wachtlijst").needs_review


def test_unknown_lower_case_speaker_goes_to_review():
    assert anonymise("notulen\nwojtek zegt dat de container al weken vol is").needs_review


def test_safety_net_redaction_needs_no_review():
    result = anonymise("Uit het systeem (XK4471923) blijkt dat de aanvraag is afgewezen.")
    assert "XK4471923" not in result.text and not result.needs_review


def test_mobile_shaped_number_is_a_phone_number_without_review():
    result = anonymise("Je kunt me bellen op 06-09182736 na vijf uur.")
    assert "09182736" not in result.text
    assert [e.type for e in result.entities] == ["TELEFOON"] and not result.needs_review


def test_label_with_code_in_brackets_is_a_case_number():
    assert ("QZ-2291045", "DOSSIERNUMMER") in types("Uit het dossier (QZ-2291045) blijkt dat de brief kwijt is.")


def test_lower_case_first_name_with_age_in_brackets():
    result = anonymise("ik bel voor mijn neefje daan (6), hij is gebeten door een hond")
    assert "daan" not in result.text and "(6)" not in result.text


def test_age_after_relative_and_name():
    assert ("13", "LEEFTIJD") in types("ons buurmeisje sanne van 13 werd lastiggevallen")


def test_portfolio_word_between_role_and_small_gemeente():
    out = anonymise("De consulent inburgering van de gemeente Vaals reageerde niet.").text
    assert "consulent" not in out


def test_class_teacher_is_one_person():
    out = anonymise("Ik heb het gemeld bij de meester van groep 7 van De Klimop.").text
    assert "groep 7" not in out


def test_class_after_a_title_is_no_name():
    entities = anonymise("Ik sprak juf van groep 3 gisteren.").entities
    assert [e.type for e in entities] == ["FUNCTIE"]  # the teacher of a class, not a person named "van groep"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mevrouw Kuipers van de Lindelaan 9 klaagt over de stoep.", "Kuipers"),
        ("Wij, de familie Demir van de Kastanjestraat, hebben geen post.", "Demir"),
    ],
)
def test_name_before_where_the_person_lives(text, name):
    assert name not in anonymise(text).text


def test_surname_ending_like_a_street_stays_a_name():
    assert "Brink" not in anonymise("Ik sprak Ans van den Brink op het stadhuis.").text
