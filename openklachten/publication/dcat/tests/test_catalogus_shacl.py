"""The catalogue validates against DCAT-AP 3.0 and DCAT-AP-NL 3.0 with zero violations."""

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from openklachten.publication.dcat.builder import build_catalogue
from openklachten.publication.dcat.tests.sample import BASE_URL, DATASETS, PUBLISHER
from openklachten.publication.dcat.tests.shapes import results, violations

DCAT_THEME = "http://www.w3.org/ns/dcat#theme"
EXPECTED_MDR_WARNINGS = {str(DCTERMS.publisher), DCAT_THEME, str(DCTERMS.type)}


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(DATASETS, base_url=BASE_URL, publisher=PUBLISHER)


@pytest.mark.parametrize("shape_set", ["dcat-ap-nl-3.0", "dcat-ap-3.0.0-full", "dcat-ap-3.0.1-full"])
def test_catalogue_conforms_without_any_result(catalogue, shape_set):
    assert results(catalogue, shape_set) == []


def test_code_list_values_only_warn_where_a_dutch_catalogue_must_differ(catalogue):
    found = results(catalogue, "dcat-ap-3.0-mdr")
    assert [r for r in found if r["severity"] != "Warning"] == []
    # TOOI publishers, the TOP-lijst theme and the Woo category are national concepts by design.
    assert {r["path"] for r in found} == EXPECTED_MDR_WARNINGS
    assert {r["value"] for r in found if r["path"] == DCAT_THEME} == {
        "http://standaarden.overheid.nl/owms/terms/Bezwaar_en_klachten"
    }


def test_dutch_recommendations_give_no_violations(catalogue):
    assert violations(catalogue, "dcat-ap-nl-3.0-aanbevolen") == []


def test_an_empty_catalogue_only_misses_its_datasets():
    # DCAT-AP-NL wants at least one dataset; before the first delivery there is nothing to harvest.
    empty = build_catalogue([], base_url=BASE_URL, publisher=PUBLISHER)
    found = results(empty, "dcat-ap-nl-3.0")
    assert [(r["focus"], r["path"]) for r in found] == [(f"{BASE_URL}/catalogus", "http://www.w3.org/ns/dcat#dataset")]


def test_validation_catches_a_dataset_without_publisher(catalogue):
    broken = catalogue.__class__()
    for triple in catalogue:
        broken.add(triple)
    dataset = URIRef(f"{BASE_URL}/id/dataset/klachten-gm0363")
    broken.remove((dataset, DCTERMS.publisher, None))
    found = violations(broken, "dcat-ap-nl-3.0")
    assert {(r["focus"], r["path"]) for r in found} == {(str(dataset), str(DCTERMS.publisher))}
