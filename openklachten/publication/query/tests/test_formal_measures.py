"""The Awb 9:11 term and the median handling time are over formal complaints; informal ones are apart (issue 15)."""

import datetime as dt

import pytest

from openklachten.publication import query, readmodel
from openklachten.publication.query import cube
from openklachten.registry import factories


@pytest.fixture
def mixed(db):
    """10 formal complaints (6 within the term, 20..38 days) and 30 informal ones (all within, 2 days)."""
    query.use(None)
    rotterdam = factories.make_organisation("gm0599", "Gemeente Rotterdam", "gemeente")
    delivery = factories.make_delivery(rotterdam)
    for i in range(10):
        factories.make_complaint(
            delivery,
            ontvangstdatum=dt.date(2024, 1, 1 + i),
            behandelduur_dagen=20 + 2 * i,
            binnen_termijn=i < 6,
            conclusie=("gegrond", "ongegrond")[i % 2],
        )
    for i in range(30):
        factories.make_complaint(
            delivery,
            ontvangstdatum=dt.date(2024, 2, 1 + i % 28),
            formeel_informeel="informeel",
            behandelduur_dagen=2,
            binnen_termijn=True,
            conclusie="",
            afdoeningswijze="zonder-onderzoek-afgedaan",
        )
    readmodel.rebuild()
    yield rotterdam
    query.use(None)


EXPECTED = {
    "total": 40,
    "formeel": 10,
    "informeel": 30,
    "binnen_termijn": 0.6,  # 6 of the 10 formal ones; with the informal ones it would read 36/40 = 90%
    "mediaan_behandelduur": 29.0,  # formal: 20, 22, ..., 38
    "mediaan_behandelduur_informeel": 2.0,
    "gegrond": 0.5,
    "aantal_gegrond": 5,
    "aantal_beoordeeld": 10,
    "aantal_binnen_termijn": 6,
    "aantal_afgehandeld_formeel": 10,
}


@pytest.mark.parametrize("params", [{}, {"organisatie": ["gm0599"]}, {"ontvangwijze": ["e-mail"]}])
def test_overview_counts_the_term_over_formal_complaints_only(mixed, params):
    result = query.overview(query.Filters.from_params(params))
    assert {key: result[key] for key in EXPECTED} == EXPECTED


def test_compare_and_statistics_use_the_same_measures(mixed, monkeypatch):
    filters = query.Filters.from_params({})
    row = query.compare(filters)[0]
    assert {key: row[key] for key in EXPECTED} == EXPECTED
    monkeypatch.setattr(cube, "eligible", lambda f: False)
    query.store.caching = False
    try:
        assert {key: query.compare(filters)[0][key] for key in EXPECTED} == EXPECTED
    finally:
        query.store.caching = True
    by_kind = {row["waarde"]: row for row in query.statistics(filters, "formeel_informeel")}
    assert by_kind["informeel"]["binnen_termijn"] is None and by_kind["informeel"]["mediaan_behandelduur"] is None
    assert by_kind["informeel"]["mediaan_behandelduur_informeel"] == 2.0
    assert by_kind["formeel"]["binnen_termijn"] == 0.6
