"""/catalogus.ttl and /catalogus.jsonld serve the catalogue of what is published, for any harvester."""

import pytest
from django.test import override_settings
from rdflib import Graph
from rdflib.compare import isomorphic

from openklachten.publication.dcat.generated import GOLDEN_PATH
from openklachten.publication.dcat.tests.sample import BASE_URL
from openklachten.publication.dcat.tests.shapes import results
from openklachten.publication.dcat.tests.test_published_datasets import build_sample_in_registry
from openklachten.registry.factories import make_complaint, make_delivery, make_organisation
from openklachten.standard.generation import REPO_ROOT

pytestmark = [pytest.mark.django_db, pytest.mark.urls("openklachten.config.urls")]


@pytest.fixture
def published():
    build_sample_in_registry()


@override_settings(PUBLIC_BASE_URL=BASE_URL)
def test_turtle_from_the_registry_is_the_golden_catalogue(client, published):
    response = client.get("/catalogus.ttl")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/turtle; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.content.decode() == (REPO_ROOT / GOLDEN_PATH).read_text(encoding="utf-8")


@override_settings(PUBLIC_BASE_URL=BASE_URL)
def test_jsonld_is_the_same_graph(client, published):
    turtle = Graph().parse(data=client.get("/catalogus.ttl").content, format="turtle")
    response = client.get("/catalogus.jsonld")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    assert isomorphic(Graph().parse(data=response.content, format="json-ld"), turtle)


@override_settings(PUBLIC_BASE_URL="https://klachten.voorbeeld.nl/")
def test_links_follow_the_public_base_url_and_validate(client, published):
    body = client.get("/catalogus.ttl").content.decode()
    assert "<https://klachten.voorbeeld.nl/downloads/klachten-gm0363.parquet>" in body
    assert "<https://identifier.overheid.nl/tooi/id/gemeente/gm0363>" in body
    assert "<https://identifier.overheid.nl/tooi/def/thes/kern/c_a870c43d>" in body
    assert results(Graph().parse(data=body, format="turtle"), "dcat-ap-nl-3.0") == []


def test_read_only(client):
    assert client.head("/catalogus.ttl").status_code == 200
    assert client.post("/catalogus.ttl").status_code == 405


@override_settings(PUBLIC_BASE_URL=BASE_URL)
def test_a_new_delivery_shows_up_at_once(client, published):
    first = client.get("/catalogus.ttl")
    assert first["Last-Modified"] == "Tue, 02 Apr 2024 14:00:00 GMT"
    assert b"klachten-pv27" not in first.content
    make_complaint(make_delivery(make_organisation("pv27", "Provincie Noord-Holland", "provincie")))
    second = client.get("/catalogus.ttl").content.decode()
    assert f"<{BASE_URL}/id/dataset/klachten-pv27>" in second
    assert "<https://identifier.overheid.nl/tooi/id/provincie/pv27>" in second
