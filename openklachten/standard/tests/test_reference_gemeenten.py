"""The gemeente reference list: current and dissolved gemeenten, and where a dissolved one went."""

import datetime as dt

import pytest

from openklachten.standard import reference


def current():
    return [g for g in reference.gemeenten() if g.actueel]


def dissolved():
    return [g for g in reference.gemeenten() if not g.actueel]


def test_342_current_gemeenten_with_unique_codes():
    codes = [g.cbs_code for g in current()]
    assert len(codes) == 342
    assert len(set(codes)) == 342


def test_current_gemeenten_match_the_organisation_list():
    orgs = {o.cbs_code: o for o in reference.organisations() if o.type == "gemeente"}
    assert {g.cbs_code for g in current()} == set(orgs)
    for g in current():
        assert orgs[g.cbs_code].naam == "Gemeente " + g.naam
        assert orgs[g.cbs_code].tooi_uri == g.tooi_uri


def test_every_gemeente_dissolved_since_2000_is_listed_with_a_successor():
    gone = dissolved()
    assert len(gone) >= 250
    assert min(g.einddatum for g in gone) >= dt.date(1999, 12, 31)
    for g in gone:
        assert g.opgegaan_in, g
        assert g.huidige(), g
        assert all(h.actueel for h in g.huidige()), g


@pytest.mark.parametrize(
    "key, name, now",
    [
        ("Weesp", "Weesp", ["Amsterdam"]),
        ("GM0457", "Weesp", ["Amsterdam"]),
        ("457", "Weesp", ["Amsterdam"]),
        ("https://identifier.overheid.nl/tooi/id/gemeente/gm0017", "Haren", ["Groningen"]),
        ("Graafstroom", "Graafstroom", ["Molenlanden"]),  # via Molenwaard (2013) to Molenlanden (2019)
        ("Ambt Delden", "Ambt Delden", ["Hof van Twente"]),
        ("Menaldumadeel", "Menaldumadeel", ["Waadhoeke"]),  # renamed Menameradiel, then merged
        ("Haaren", "Haaren", ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]),  # split
        ("Gemeente Brielle", "Brielle", ["Voorne aan Zee"]),
        ("Amsterdam", "Amsterdam", ["Amsterdam"]),
        ("Den Haag", "'s-Gravenhage", ["'s-Gravenhage"]),
    ],
)
def test_gemeente_by_code_uri_or_name_leads_to_the_current_gemeente(key, name, now):
    found = reference.gemeente(key)
    assert found.naam == name
    assert sorted(h.naam for h in found.huidige()) == now


def test_dissolution_dates_are_the_last_day():
    weesp = reference.gemeente("Weesp")
    assert weesp.einddatum == dt.date(2022, 3, 23)
    assert weesp.bestond_op(dt.date(2022, 3, 23))
    assert not weesp.bestond_op(dt.date(2022, 3, 24))
    assert reference.gemeente("Bellingwedde").einddatum == dt.date(2017, 12, 31)


def test_a_code_gives_the_gemeente_of_that_day():
    assert reference.gemeente("GM1921").naam == "De Friese Meren"
    assert reference.gemeente("Weesp", op=dt.date(2023, 1, 1)) is None
    assert reference.gemeente("Weesp", op=dt.date(2020, 1, 1)).cbs_code == "GM0457"


@pytest.mark.parametrize("key", ["", "GM9999", "Atlantis"])
def test_unknown_gemeente_is_none(key):
    assert reference.gemeente(key) is None


def test_gemeente_names_include_dissolved_and_aliases():
    names = reference.gemeente_names()
    assert {"Amsterdam", "Weesp", "Haaren", "Den Haag", "'s-Hertogenbosch"} <= names
    assert len(names) >= 600


def test_inhabitants_of_current_gemeenten_by_name_alias_or_code():
    assert reference.inwoners("Borne") == 24639
    assert reference.inwoners("Den Haag") == reference.inwoners("'s-Gravenhage") > 500_000
    assert reference.inwoners("GM0363") == reference.inwoners("Amsterdam")


def test_inhabitants_unknown_for_dissolved_or_unknown_gemeenten():
    assert reference.inwoners("Bedum") is None  # merged into Het Hogeland in 2019
    assert reference.inwoners("Atlantis") is None


def test_inhabitants_file_covers_every_current_gemeente():
    current = [g for g in reference.gemeenten() if g.actueel]
    assert len(current) == 342
    assert all(reference.inwoners(g.cbs_code) for g in current)
