"""The V0.2 -> 1.0 crosswalk covers every V0.2 attribute and every V0.2 value maps to the stated 1.0 code."""

import re


def test_every_v02_attribute_is_in_the_crosswalk(standard):
    mapped = {row["v02_attribuut"]: row["machine_name"] for row in standard.crosswalk if row["soort"] == "attribuut"}
    for attribute in standard.attributes:
        if attribute.label_v02:
            assert mapped[attribute.label_v02] == attribute.machine_name
    assert mapped["Verlenging beantwoordingstermijn"] == "verdaagd"


def test_every_new_attribute_is_listed_as_new(standard):
    new = {row["machine_name"] for row in standard.crosswalk if row["soort"] == "nieuw"}
    assert new == {a.machine_name for a in standard.attributes if a.since_version == "1.0"}


def test_every_v02_value_is_accepted_by_the_1_0_code_list(standard):
    rows = [row for row in standard.crosswalk if row["soort"] == "waarde"]
    assert len(rows) > 50
    for row in rows:
        attribute = standard.attribute(row["machine_name"])
        value = re.sub(r"\s*<tekst>$", "", row["v02_waarde"])  # 'anders, namelijk <tekst>' -> 'anders, namelijk'
        assert standard.codelist(attribute.codelist).match(value) == row["code_10"], row
    conclusie = {r["v02_waarde"]: r["code_10"] for r in rows if r["machine_name"] == "conclusie"}
    assert conclusie["onderzocht en gegrond"] == "gegrond"


def test_beantwoordingstermijn_is_kept_but_deprecated(standard):
    attribute = standard.attribute("beantwoordingstermijn")
    assert attribute.deprecated_in == "1.0"
    assert attribute.required_v02 and "beantwoordingstermijn" not in standard.profile("formeel").required
