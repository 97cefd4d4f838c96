"""FUNCTIE (an official singled out by title), GEZONDHEID and ANDER (relatives, neighbours)."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "text, function",
    [
        ("incident gemeld bij de teamleider Publiekszaken en", "teamleider Publiekszaken"),
        ("de wethouder van Jeugd en Onderwijs toegezegd", "wethouder van Jeugd en Onderwijs"),
        ("De teamchef van basisteam Enschede-Noord heeft", "teamchef van basisteam Enschede-Noord"),
        ("klachten over de havenmeester van de Prinsenhaven.", "havenmeester van de Prinsenhaven"),
        ("Ik sprak de wijkagent gisteren.", "wijkagent"),
        ("de handhaver van wijk Noord schreef", "handhaver van wijk Noord"),
    ],
)
def test_function_that_singles_out_an_official(text, function):
    assert function in found(text, "FUNCTIE")


@pytest.mark.parametrize(
    "text",
    [
        "De Wmo-consulent belde terug.",
        "de leerplichtambtenaar kwam langs",
        "De ambtenaar van de burgerlijke stand weigerde.",
    ],
)
def test_generic_roles_stay(text):
    assert redacted(text) == text


@pytest.mark.parametrize(
    "text, condition",
    [
        ("na een hartinfarct", "hartinfarct"),
        ("heeft beginnende dementie en", "beginnende dementie"),
        ("die het syndroom van Down heeft", "het syndroom van Down"),
        ("door COPD nauwelijks", "COPD"),
        ("last van ernstige angstklachten", "ernstige angstklachten"),
        ("een amputatie van zijn rechteronderbeen", "amputatie van zijn rechteronderbeen"),
    ],
)
def test_health_conditions(text, condition):
    assert condition in found(text, "GEZONDHEID")


def test_named_relatives_lose_their_name_keep_the_relation():
    out = redacted("Mijn dochter Layla heeft eczeem en haar zoon dennis had ruzie.")
    assert out.startswith("Mijn dochter [NAAM-1]") and "haar zoon [NAAM-2]" in out


def test_neighbour_identified_by_house_number_or_floor():
    out = redacted("de buurman op nummer 19 klaagt, net als de buurvrouw van driehoog die afval ernaast zet.")
    assert "nummer 19" not in out and "driehoog" not in out


def test_ordinary_word_that_is_a_surname_stays():
    text = "De bakker op de hoek en de visser in de haven bevestigden het."
    assert redacted(text) == text


@pytest.mark.parametrize(
    "text, condition",
    [
        ("ze heeft haar heup gebroken mijn nummer", "heup gebroken"),
        ("sinds haar heupoperatie afhankelijk", "heupoperatie"),
        ("na een gebroken pols thuis", "gebroken pols"),
    ],
)
def test_injuries_and_operations(text, condition):
    assert found(text, "GEZONDHEID") == [condition]
