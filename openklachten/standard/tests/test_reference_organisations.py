"""The organisation reference list: coverage of every kind of complaint handler, and look-up by any name."""

import re
from collections import Counter

import pytest

from openklachten.standard import reference

# = registry.models.OrganisationType; spelled out because standard sits left of registry.
TYPES = {"gemeente", "provincie", "waterschap", "ministerie", "zbo", "ombudsman", "overig"}
TOOI_URI = re.compile(
    r"^https://identifier\.overheid\.nl/tooi/id/(gemeente|provincie|waterschap|ministerie|zbo|oorg)/[a-z]+\d+$"
)


def by_type():
    return Counter(org.type for org in reference.organisations())


def test_covers_every_current_gemeente_provincie_and_waterschap():
    counts = by_type()
    assert counts["gemeente"] == 342
    assert counts["provincie"] == 12
    assert counts["waterschap"] == 21
    assert counts["ministerie"] >= 12
    assert counts["ombudsman"] >= 6


def test_codes_and_uris_are_unique_and_types_are_the_registry_choices():
    orgs = reference.organisations()
    assert len({o.code for o in orgs}) == len(orgs)
    assert len({o.uri for o in orgs}) == len(orgs)
    assert {o.type for o in orgs} <= TYPES


def test_verified_rows_carry_a_tooi_uri_and_unverified_rows_none():
    for org in reference.organisations():
        if org.geverifieerd:
            assert TOOI_URI.match(org.tooi_uri), org
            assert org.tooi_uri.endswith("/" + org.code)
        else:
            assert org.tooi_uri == "", org
            assert org.uri == f"urn:openklachten:organisatie:{org.code}"


def test_gemeenten_carry_their_cbs_code():
    for org in reference.organisations():
        if org.type == "gemeente":
            assert org.cbs_code == org.code.upper()


@pytest.mark.parametrize(
    "key, code",
    [
        ("https://identifier.overheid.nl/tooi/id/gemeente/gm0363", "gm0363"),
        ("https://identifier.overheid.nl/tooi/id/gemeente/gm0363/", "gm0363"),
        ("gm0363", "gm0363"),
        ("GM0363", "gm0363"),
        ("Gemeente Amsterdam", "gm0363"),
        ("gemeente amsterdam", "gm0363"),
        ("  AMSTERDAM ", "gm0363"),
        ("Den Haag", "gm0518"),
        ("'s-Gravenhage", "gm0518"),
        ("Groningen", "gm0014"),  # a bare place name means the gemeente
        ("Provincie Groningen", "pv20"),
        ("Friesland", "pv21"),
        ("wetterskip fryslan", "ws0653"),
        ("Hoogheemraadschap van Rijnland", "ws0616"),
        ("Ministerie van Financiën", "mnre1090"),
        ("ministerie van financien", "mnre1090"),
        ("BZK", "mnre1034"),
        ("UWV", "zb000117"),
        ("Sociale Verzekeringsbank", "zb000143"),
        ("Belastingdienst", "oorg12368"),
        ("CJIB", "cjib"),
        ("Nationale ombudsman", "nationale-ombudsman"),
        ("Ombudsman Metropool Amsterdam", "ombudsman-metropool-amsterdam"),
    ],
)
def test_organisation_is_found_by_uri_code_or_name(key, code):
    assert reference.organisation(key).code == code


@pytest.mark.parametrize(
    "key", ["", "   ", "Gemeente Atlantis", "https://identifier.overheid.nl/tooi/id/gemeente/gm9999"]
)
def test_unknown_organisation_is_none(key):
    assert reference.organisation(key) is None


def test_public_body_names_keep_official_and_short_names_longest_first():
    names = reference.public_body_names()
    for expected in ("Gemeente Amsterdam", "Amsterdam", "UWV", "De Nationale ombudsman", "Den Haag", "Weesp"):
        assert expected in names
    lengths = [len(n) for n in names]
    assert lengths == sorted(lengths, reverse=True)
