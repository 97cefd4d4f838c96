"""Counts from the mapped counting columns (query.columns) equal the DuckDB scans they replace."""

import importlib
import random

import pytest

from openklachten.demo import synthetic
from openklachten.publication import query, readmodel
from openklachten.publication.query import aggregates, columns, cube, store

search_module = importlib.import_module("openklachten.publication.query.search")  # `query.search` is the function

SELECTIONS = [
    {},
    {"conclusie": ["gegrond"]},
    {"conclusie": ["ongegrond"], "van": "2024-01-01", "tot": "2024-12-31"},
    {"conclusie__niet": ["gegrond", "ongegrond"], "van": "2023-06-05"},  # exclusion keeps complaints without one
    {"thema": ["afval"], "van": "2024-02-15", "tot": "2024-09-10"},
    {"thema__niet": ["parkeren"], "ontvangwijze": ["telefoon"]},
    {"organisatie": ["gm0363"], "conclusie": ["deels-gegrond", "geen-oordeel"]},
    {"ontvangwijze": ["brief"]},  # a known code no complaint has: nothing, as in DuckDB
    {"woonplaats_klager__niet": ["GM0344"], "status": ["afgehandeld"]},
    {"eerstelijns_tweedelijns": ["tweedelijns"], "organisatie_type": ["ombudsman"]},
]
PHRASES = ["", "containers", "wachttijd balie", "parkeerboete", "geleegd", "bestaatnietwoord"]
SORTS = ("relevantie", "datum", "datum_oud")


def _answers(filters, q: str) -> tuple:
    answers = (
        query.facets(filters, q=q),
        *(query.search(filters, q, sort, page, size) for sort in SORTS for page, size in ((1, 20), (2, 3), (9, 5))),
        aggregates.theme_counts(filters, ("afval", "parkeren", "bestaat-niet")),
    )
    if q:
        return answers
    return (*answers, query.overview(filters), query.summary(filters), query.timeseries(filters, "maand"))


def _both_paths(monkeypatch, filters, q: str) -> tuple[tuple, tuple]:
    """(from the columns, from DuckDB scans): the cube is off for both, so each path counts every figure."""
    monkeypatch.setattr(store, "caching", False)
    monkeypatch.setattr(cube, "eligible", lambda f: False)
    assert columns.can_count([*query.DIMENSIONS[:-1], *aggregates.SUMMARY_COLUMNS])  # every dimension but `jaar`
    fast = _answers(filters, q)
    with monkeypatch.context() as unsliced:  # a period compared on every row, as when rows are not in date order
        unsliced.setattr(columns.current(), "by_date", False)
        assert _answers(filters, q) == fast
    with monkeypatch.context() as off:
        off.setattr(columns, "current", lambda: None)
        scanned = _answers(filters, q)
    return fast, scanned


@pytest.mark.parametrize("q", PHRASES)
@pytest.mark.parametrize("params", SELECTIONS)
def test_columns_equal_the_scan(public_dataset, monkeypatch, params, q):
    fast, scanned = _both_paths(monkeypatch, query.Filters.from_params(params), q)
    assert fast == scanned


def test_a_search_page_asks_duckdb_no_facet_scan(public_dataset, monkeypatch):
    """With the columns, facets over a search's hits and the suggestion counts never run a GROUPING SETS scan."""

    def no_scan(*args):
        raise AssertionError("GROUPING SETS scan or join of the hits in DuckDB")

    monkeypatch.setattr(aggregates, "_scan", no_scan)
    monkeypatch.setattr(search_module, "_search", no_scan)
    found = query.search(query.Filters.from_params({"conclusie": ["gegrond"]}), "containers", size=2)
    assert found["total"] == 3 and len(found["results"]) == 2
    filters = query.Filters.from_params({"conclusie": ["gegrond"]})
    facets = query.facets(filters, q="containers")
    assert dict(facets["organisatie"]) == {"gm0363": 3}
    assert dict(facets["conclusie"]) == {"gegrond": 3, "ongegrond": 3, "deels-gegrond": 2, "geen-oordeel": 2}
    assert query.overview(filters)["total"] == 11
    assert aggregates.theme_counts(filters, ("afval", "parkeren")) == {"afval": 10, "parkeren": 11}


def test_a_generation_without_the_files_is_counted_in_duckdb(public_dataset, monkeypatch):
    monkeypatch.setattr(columns.columnfile, "read", lambda gen: None)
    columns._load.cache_clear()
    try:
        assert not columns.can_count(["conclusie"])
        assert dict(query.facets(query.Filters(), q="containers")["organisatie"]) == {"gm0363": 10}
        assert query.search(query.Filters(), "containers")["total"] == 10
    finally:
        columns._load.cache_clear()


@pytest.fixture(scope="module")
def demo_model(tmp_path_factory):
    """3,000 demo complaints: many organisations, gemeenten, themes and empty fields."""
    records, organisations = synthetic.records(3000, seed=7)
    path = tmp_path_factory.mktemp("demo-columns")
    readmodel.write_records(records, path, organisations)
    query.use(path)
    yield path
    query.use(None)


def test_random_selections_on_demo_data(demo_model, monkeypatch):
    rng = random.Random(5)
    everything = query.facets(query.Filters())
    choices = {name: [v for v, _ in pairs] for name, pairs in everything.items() if pairs}
    for _ in range(25):
        params = {}
        for name in rng.sample(sorted(choices), rng.randint(1, 3)):
            suffix = rng.choice(["", "__niet"])
            params[name + suffix] = rng.sample(choices[name], min(len(choices[name]), rng.randint(1, 2)))
        if rng.random() < 0.5:
            params["van"] = f"{rng.choice([2022, 2023, 2024])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        q = rng.choice(["", "parkeren", "wachttijd", "toeslag afval", "gemeente"])
        fast, scanned = _both_paths(monkeypatch, query.Filters.from_params(params), q)
        assert fast == scanned, (params, q)


def test_codes_in_use_are_the_codes_of_the_unfiltered_facets(public_dataset, monkeypatch):
    """The name-to-code redirect skips counting when every value is one of these: the same set as counted."""
    counted = {name: {code for code, _ in pairs} for name, pairs in query.facets(query.Filters()).items()}
    assert counted["organisatie"] == {"gm0363", "gm0344", "nom1"}
    for name, codes in counted.items():
        assert query.codes_in_use(name) == codes, name
    monkeypatch.setattr(columns, "current", lambda: None)  # an older generation: only what needs no counting
    for name, codes in counted.items():
        assert query.codes_in_use(name) in (codes, None if name == "organisatie" else codes), name


def test_a_period_is_a_slice_only_of_date_ordered_rows():
    import datetime as dt

    import pyarrow as pa

    day = dt.date(2024, 3, 1)
    days = [day, day, day + dt.timedelta(1), day + dt.timedelta(5), None]
    ordered = pa.array(days, pa.date32())
    assert columns._sorted_by_date(ordered)
    assert not columns._sorted_by_date(pa.array([days[2], days[0], None], pa.date32()))
    assert not columns._sorted_by_date(pa.array([days[0], None, days[2]], pa.date32()))
    assert [columns._first_row(ordered, day, after) for after in (False, True)] == [0, 2]
    assert columns._first_row(ordered, day + dt.timedelta(2), after=False) == 3
    assert columns._first_row(ordered, day + dt.timedelta(9), after=True) == 4  # never into the empty dates
