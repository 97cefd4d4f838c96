"""Iv3 taakvelden, themes and TOP-lijst: complete, consistent with each other and with the standard."""

import re

import pytest

from openklachten.standard import load, reference

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SPLIT_2023 = [
    "6.71a",
    "6.71b",
    "6.71c",
    "6.71d",
    "6.72a",
    "6.72b",
    "6.72c",
    "6.72d",
    "6.73a",
    "6.73b",
    "6.73c",
    "6.74a",
    "6.74b",
    "6.74c",
    "6.81a",
    "6.81b",
    "6.82a",
    "6.82b",
]


def test_iv3_has_every_main_taakveld_and_the_2023_split():
    codes = [t.code for t in reference.iv3_taakvelden()]
    assert len(codes) == len(set(codes))
    assert {c.split(".")[0] for c in codes} == {str(n) for n in range(9)}
    for code in ["0.1", "0.2", "0.61", "0.63", "1.2", "2.2", "6.1", "6.3", "7.3", "8.3", *SPLIT_2023]:
        assert reference.iv3(code), code
    assert reference.iv3("6.2").label == "Toegang en eerstelijnsvoorzieningen"
    assert reference.iv3("6.4").label == "WSW en beschut werk"


def test_iv3_lookup_is_forgiving_about_case_and_spaces():
    assert reference.iv3(" 6.72A ").code == "6.72a"
    assert reference.iv3("9.9") is None
    assert reference.iv3("") is None


def test_youth_taakvelden_are_the_jeugd_domain():
    youth = reference.youth_taakvelden()
    assert {"6.72", "6.82", "6.72a", "6.73a", "6.74c", "6.82a", "6.82b"} <= youth
    assert not youth & {"6.71", "6.71a", "6.81a", "6.3", "7.1"}


def test_themes_fit_every_kind_of_complaint_handler():
    themes = reference.themes()
    assert 30 <= len(themes) <= 60
    codes = [t.code for t in themes]
    assert len(codes) == len(set(codes))
    assert all(SLUG.match(c) for c in codes)
    for code in [
        "afval",
        "parkeren",
        "jeugdzorg",
        "wmo",
        "bijstand",
        "belastingen-gemeentelijk",
        "toeslagen",
        "water",
        "belastingen-waterschap",
        "werknemersverzekeringen",
        "studiefinanciering",
        "migratie",
        "boetes-en-inning",
        "overig",
    ]:
        assert reference.theme(code), code


def test_themes_map_to_existing_iv3_taakvelden_and_top_lijst_concepts():
    top = reference.top_lijst()
    assert reference.TOP_BEZWAAR_EN_KLACHTEN in top
    for theme in reference.themes():
        assert theme.top_uri in top, theme.code
        for code in theme.iv3_taakvelden:
            assert reference.iv3(code), (theme.code, code)


def test_youth_themes_are_recognisable():
    assert reference.youth_themes() == {"jeugdzorg", "jeugdbescherming"}
    for code in reference.youth_themes():
        assert any(reference.iv3(c).jeugd for c in reference.theme(code).iv3_taakvelden)


@pytest.mark.parametrize("name, rows", [("themas", reference.themes), ("iv3_taakveld", reference.iv3_taakvelden)])
def test_reference_rows_are_the_standards_code_lists(name, rows):
    assert load().codelist(name).codes == tuple(r.code for r in rows())
