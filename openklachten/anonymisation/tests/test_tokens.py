"""Typed, numbered, readable replacement tokens: the same person gets the same number within a text."""

from openklachten.anonymisation import anonymise


def test_same_person_same_number_other_person_next_number():
    text = "Mevrouw Ramdin belde. Mevrouw Sharda Ramdin sprak met de heer Van Leeuwen. Ramdin was boos."
    result = anonymise(text)
    assert result.text == "Mevrouw [NAAM-1] belde. Mevrouw [NAAM-1] sprak met de heer [NAAM-2]. [NAAM-1] was boos."


def test_numbers_per_type_and_value():
    text = "Bel 06-41873320 of 06-28419057; nogmaals: 06-41873320."
    assert anonymise(text).text == "Bel [TELEFOON-1] of [TELEFOON-2]; nogmaals: [TELEFOON-1]."


def test_entities_point_into_the_input_text():
    text = "Mail mij op jan@example.org aub"
    entity = anonymise(text).entities[0]
    assert text[entity.start : entity.end] == "jan@example.org"
    assert (entity.type, entity.token) == ("EMAIL", "[EMAIL-1]")
    assert entity.source and 0 < entity.confidence <= 1


def test_empty_text():
    assert anonymise("").text == ""


def test_offsets_survive_letters_that_change_length_when_lower_cased():
    text = "İbrahim zei: mevrouw Yıldız belde op 06-41873320 en woont 87 jaar oud aan de Dorpsstraat 4."
    result = anonymise(text)
    assert "Yıldız" not in result.text and "06-41873320" not in result.text and "87 jaar oud" not in result.text
    for entity in result.entities:
        assert text[entity.start : entity.end].strip() == text[entity.start : entity.end]
