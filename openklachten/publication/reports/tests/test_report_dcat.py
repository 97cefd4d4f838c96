"""Each completed year's complaint report is a DCAT dataset (Woo category jaarplannen en jaarverslagen)."""

import datetime as dt

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS

from openklachten.publication.dcat.builder import build_catalogue
from openklachten.publication.dcat.reports import ReportDataset, published_reports
from openklachten.publication.dcat.tests.sample import BASE_URL, DATASETS, PUBLISHER
from openklachten.publication.dcat.tests.shapes import results

JAARVERSLAG = URIRef("https://identifier.overheid.nl/tooi/def/thes/kern/c_c6cd1213")
REPORT = ReportDataset(
    code="gm0363",
    name="Gemeente Amsterdam",
    type="gemeente",
    uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
    year=2024,
    complaints=3,
    last_delivery=dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.timezone.utc),
)


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(DATASETS, base_url=BASE_URL, publisher=PUBLISHER, reports=[REPORT])


def test_report_dataset_has_the_woo_category_and_both_distributions(catalogue):
    ref = URIRef(f"{BASE_URL}/id/dataset/klachtenjaarverslag-gm0363-2024")
    assert (URIRef(f"{BASE_URL}/catalogus"), DCAT.dataset, ref) in catalogue
    assert (ref, DCTERMS.type, JAARVERSLAG) in catalogue
    assert (ref, DCTERMS.source, URIRef(f"{BASE_URL}/id/dataset/klachten-gm0363")) in catalogue
    urls = {str(catalogue.value(d, DCAT.accessURL)) for d in catalogue.objects(ref, DCAT.distribution)}
    assert urls == {
        f"{BASE_URL}/organisaties/gm0363/jaarverslag/2024",
        f"{BASE_URL}/organisaties/gm0363/jaarverslag/2024.pdf",
    }


@pytest.mark.parametrize("shape_set", ["dcat-ap-nl-3.0", "dcat-ap-3.0.1-full"])
def test_catalogue_with_reports_conforms(catalogue, shape_set):
    assert results(catalogue, shape_set) == []


def test_live_catalogue_lists_completed_years_only(client, data):
    from openklachten.registry import factories

    running = dt.date.today().replace(month=1, day=1)
    factories.make_complaint(factories.make_delivery(data["amsterdam"]), public_id="NU0001", ontvangstdatum=running)
    found = {(r.code, r.year) for r in published_reports()}
    assert ("gm0363", 2024) in found and ("gm0599", 2024) in found
    assert ("gm0363", running.year) not in found
    graph = Graph().parse(data=client.get("/catalogus.ttl").content.decode(), format="turtle")
    assert (None, DCTERMS.type, JAARVERSLAG) in graph


def test_the_golden_samples_reports_come_from_the_registry(db):
    from openklachten.publication.dcat.tests.sample import REPORTS
    from openklachten.publication.dcat.tests.test_published_datasets import build_sample_in_registry

    build_sample_in_registry()
    assert published_reports(today=dt.date(2025, 6, 1)) == REPORTS
    assert published_reports(today=dt.date(2024, 6, 1)) == []  # 2024 still running: no report in the catalogue
