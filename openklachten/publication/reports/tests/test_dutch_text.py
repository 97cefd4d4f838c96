"""The generated Dutch: number and percentage formatting, singular/plural, no percentages on fewer than 30."""

import datetime as dt

from openklachten.publication.reports import dutch, text
from openklachten.publication.reports.period import Period
from openklachten.publication.reports.report import Report, Scope


def test_numbers_and_percentages_are_dutch():
    assert dutch.number(1234567) == "1.234.567"
    assert dutch.number(12.345, 1) == "12,3"
    assert dutch.percent(0.083) == "8%"
    assert dutch.percent(0.125, 1) == "12,5%"
    assert dutch.percent(0.001) == "<1%"
    assert dutch.percent(None) == "–"


def test_singular_and_plural():
    assert dutch.plural(1, "klacht", "klachten") == "1 klacht"
    assert dutch.plural(2, "klacht", "klachten") == "2 klachten"
    assert dutch.plural(1200, "dag", "dagen") == "1.200 dagen"
    assert dutch.join(["a", "b", "c"]) == "a, b en c"


def test_share_gives_counts_below_thirty():
    assert dutch.share(3, 12) == "3 van de 12"
    assert dutch.share(33, 412) == "8% (33 klachten)"


YEAR_2024 = Period(2024)


def _report(total, previous, scope=None, period=YEAR_2024, **kwargs) -> Report:
    overview = {
        "counts": {
            "formeel_informeel": [("formeel", total - total // 4), ("informeel", total // 4)],
            "ontvangwijze": [("e-mail", total)],
        },
        "maanden": [],
        "gegrond": None,
    }
    return Report(
        scope=scope or Scope("organisatie", "gm0001", "Gemeente Voorbeeld", "gemeente"),
        period=period,
        incomplete=period.incomplete(dt.date(2026, 1, 1)),
        total=total,
        previous_total=previous,
        overview=overview,
        formal={},
        **kwargs,
    )


def test_opening_with_change_in_percent():
    sentences = text.opening(_report(412, 448))
    assert (
        sentences[0] == "In 2024 ontving Gemeente Voorbeeld 412 klachten. Dat is 8% minder dan in 2023 (448 klachten)."
    )


def test_small_numbers_get_counts_and_a_note():
    sentences = text.opening(_report(12, 15))
    assert sentences[0] == "In 2024 ontving Gemeente Voorbeeld 12 klachten. In 2023 waren dat er 15; 3 minder."
    assert "geen percentages" in sentences[1]
    kinds = text.kinds(_report(12, 15))
    assert kinds == ["9 klachten werden formeel behandeld volgens hoofdstuk 9 van de Awb en 3 informeel."]
    assert "%" not in " ".join(text.all_sections(_report(12, 15)).get("kanalen"))


def test_one_complaint_is_singular():
    sentences = text.opening(_report(1, 0))
    assert sentences[0].startswith("In 2024 ontving Gemeente Voorbeeld 1 klacht. Over 2023 zijn geen klachten")


def test_running_period_is_marked_and_quarters_read_naturally():
    report = _report(40, 0, period=Period(2025, 4))
    assert report.incomplete is False
    running = _report(40, 0, period=Period(2026, 4))
    sentences = text.opening(running)
    assert sentences[0].startswith("In het vierde kwartaal van 2026 ontving")
    assert (
        sentences[1]
        == "Het vierde kwartaal van 2026 is nog niet voorbij: de cijfers zijn voorlopig en nog niet compleet."
    )


def test_national_picture_uses_the_plural_verb():
    sentences = text.opening(_report(5000, 5000, scope=Scope.of_type("gemeente")))
    assert sentences[0] == "In 2024 ontvingen alle gemeenten samen 5.000 klachten. Dat is evenveel als in 2023."


def test_term_sentence_on_formal_complaints():
    report = _report(
        100,
        90,
        term={
            "beoordeeld": 80,
            "binnen": 60,
            "groepen": [
                {"verdaagd": False, "adviescommissie": False, "beoordeeld": 70, "binnen": 55},
                {"verdaagd": True, "adviescommissie": False, "beoordeeld": 10, "binnen": 5},
            ],
        },
    )
    sentences = text.term(report)
    assert sentences[0].startswith(
        "Van de 80 formele klachten waarvan de termijn te bepalen is, werd 75% (60 klachten)"
    )
    assert sentences[1] == "Bij 10 werd de termijn verdaagd."


def test_labels_mid_sentence_are_lower_case_except_abbreviations():
    assert text.lower_label("ontvangwijze", "e-mail") == "e-mail"
    assert text.lower_label("ontvangwijze", "telefoon") == "telefoon"


def test_theme_shares_are_of_all_complaints_like_the_table():
    report = _report(40, 40)
    report.overview["counts"]["thema"] = [("afval", 30), ("parkeren", 20)]
    assert text.ranked(report, "thema", "De meest voorkomende thema's waren") == [
        "De meest voorkomende thema's waren afval (75%) en parkeren (50%)."
    ]
