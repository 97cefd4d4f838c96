"""Exclusions: youth care (and configured rules) keep the free text out of publication."""

import pytest

from openklachten.anonymisation.exclusions import parse_rules, reason_to_withhold


@pytest.mark.parametrize("taakveld", ["6.72", "6.72a", "6.74c", "6.82", "6.82b"])
def test_youth_taakvelden_are_withheld(taakveld):
    assert "jeugd" in reason_to_withhold({"iv3_taakveld": taakveld}, spec="jeugd")


@pytest.mark.parametrize("taakveld", ["6.71", "6.81", "6.83", "7.1", "", None])
def test_other_taakvelden_are_not(taakveld):
    assert reason_to_withhold({"iv3_taakveld": taakveld}, spec="jeugd") is None


def test_youth_theme_is_withheld():
    from openklachten.standard import reference

    youth = sorted(reference.youth_themes())
    assert youth, "the code list has youth themes"
    assert reason_to_withhold({"themas": [youth[0]]}, spec="jeugd")


def test_default_comes_from_the_setting(settings):
    settings.EXCLUSIONS = ""
    assert reason_to_withhold({"iv3_taakveld": "6.72"}) is None
    settings.EXCLUSIONS = "jeugd,iv3:7.1-7.1"
    assert reason_to_withhold({"iv3_taakveld": "7.1"}) == "Iv3-taakveld 7.1-7.1"


def test_theme_rule_and_unknown_rule():
    assert reason_to_withhold({"themas": ["afval"]}, spec="thema:afval") == "thema afval"
    with pytest.raises(ValueError, match="Onbekende uitsluitingsregel"):
        parse_rules("alles")
