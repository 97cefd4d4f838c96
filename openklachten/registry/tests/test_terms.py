import datetime as dt

from openklachten.registry import terms

RECEIVED = dt.date(2024, 1, 1)


def test_six_weeks_is_the_base_term():
    assert terms.termijn_dagen(adviescommissie=False, verdaagd=False) == 42
    assert terms.binnen_termijn(RECEIVED, RECEIVED + dt.timedelta(days=42)) is True
    assert terms.binnen_termijn(RECEIVED, RECEIVED + dt.timedelta(days=43)) is False


def test_ten_weeks_with_an_advisory_committee():
    assert terms.termijn_dagen(adviescommissie=True, verdaagd=False) == 70
    assert terms.binnen_termijn(RECEIVED, RECEIVED + dt.timedelta(days=60), adviescommissie=True) is True


def test_postponement_adds_at_most_four_weeks():
    assert terms.termijn_dagen(adviescommissie=False, verdaagd=True) == 70
    assert terms.termijn_dagen(adviescommissie=True, verdaagd=True) == 98
    assert terms.binnen_termijn(RECEIVED, RECEIVED + dt.timedelta(days=99), True, True) is False


def test_open_complaints_have_no_duration_and_no_verdict():
    assert terms.behandelduur_dagen(RECEIVED, None) is None
    assert terms.binnen_termijn(RECEIVED, None) is None
    derived = terms.derived_fields({"ontvangstdatum": RECEIVED, "datum_afhandeling": None})
    assert derived == {"behandelduur_dagen": None, "termijn_dagen": 42, "binnen_termijn": None}


def test_duration_counts_calendar_days():
    assert terms.behandelduur_dagen(dt.date(2024, 2, 28), dt.date(2024, 3, 1)) == 2  # leap year
