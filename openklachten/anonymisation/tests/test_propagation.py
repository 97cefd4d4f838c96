"""A name found once is removed everywhere: every occurrence, its parts and possessive forms."""

from openklachten.anonymisation.tests.helpers import redacted


def test_surname_found_in_signature_removed_everywhere():
    text = "Graaf zei dat Marloes gelijk had.\n\nMet vriendelijke groet,\nMarloes de Graaf"
    out = redacted(text)
    assert "Marloes" not in out and "Graaf" not in out


def test_possessive_forms_are_removed():
    text = "Klager, de heer Jansen, stelt dat Jansens auto weg was. Jansen's buurman zag het."
    out = redacted(text)
    assert "Jansen" not in out


def test_parts_of_a_double_surname_are_removed():
    text = "mw. Jansen-Bakker belde. Bakker is haar meisjesnaam; Jansen die van haar man."
    out = redacted(text)
    assert "Bakker" not in out and "Jansen" not in out


def test_place_named_like_the_person_survives_as_context():
    text = "Klager, de heer Van Deventer, woont in Deventer. De gemeente Deventer wees hem af."
    out = redacted(text)
    assert "heer Van Deventer" not in out
    assert "in Deventer" in out and "gemeente Deventer" in out


def test_lower_case_name_also_removed_when_capitalised():
    text = "mevr de vries belde. De Vries wil teruggebeld worden."
    out = redacted(text)
    assert "vries" not in out.lower()
