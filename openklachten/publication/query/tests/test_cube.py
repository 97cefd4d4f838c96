"""The cube path (organisation / type / whole months) gives exactly what a scan of all rows gives."""

import pytest

from openklachten.publication import query
from openklachten.publication.query import cube

SELECTIONS = [
    {},
    {"organisatie": ["gm0363"]},
    {"organisatie_type": ["gemeente"], "van": "2024-02", "tot": "2024-06"},
    {"organisatie__niet": ["gm0344"], "van": "2023-06-01", "tot": "2024-03-31"},
    {"organisatie": ["gm0363", "nom1"], "organisatie_type__niet": ["ombudsman"]},
]


@pytest.mark.parametrize("params", SELECTIONS)
def test_cube_equals_scan(public_dataset, monkeypatch, params):
    filters = query.Filters.from_params(params)
    assert cube.eligible(filters)
    query.store.caching = False
    try:
        from_cube = (
            query.overview(filters),
            query.facets(filters),
            query.summary(filters),
            query.timeseries(filters, "maand"),
            query.timeseries(filters, "jaar"),
            query.compare(filters),
        )
        monkeypatch.setattr(cube, "eligible", lambda f: False)
        from_scan = (
            query.overview(filters),
            query.facets(filters),
            query.summary(filters),
            query.timeseries(filters, "maand"),
            query.timeseries(filters, "jaar"),
            query.compare(filters),
        )
    finally:
        query.store.caching = True
    assert from_cube == from_scan


def test_partial_months_and_other_filters_are_not_eligible(public_dataset):
    assert not cube.eligible(query.Filters.from_params({"van": "2024-02-15"}))
    assert not cube.eligible(query.Filters.from_params({"tot": "2024-02-27"}))
    assert not cube.eligible(query.Filters.from_params({"conclusie": ["gegrond"]}))
    assert cube.eligible(query.Filters.from_params({"tot": "2024-02"}))


@pytest.mark.parametrize(
    "params",
    [
        {"eerstelijns_tweedelijns": ["tweedelijns"], "organisatie_type": ["ombudsman"]},
        {"conclusie": ["gegrond"], "organisatie": ["gm0363"], "van": "2024-01"},
        {"thema": ["parkeren"]},
    ],
)
def test_own_facet_from_the_cube_equals_scan(public_dataset, monkeypatch, params):
    """A filter whose removal leaves a cube selection takes its own facet from the cube: same counts as a scan."""
    filters = query.Filters.from_params(params)
    assert not cube.eligible(filters)
    query.store.caching = False
    try:
        mixed = query.facets(filters)
        monkeypatch.setattr(cube, "eligible", lambda f: False)
        scanned = query.facets(filters)
    finally:
        query.store.caching = True
    assert mixed == scanned
