"""NLGov API Design Rules on the wire: API-Version, CORS for reads, problem+json, rate limits."""

import pytest
from django.core.cache import cache
from django.test import override_settings


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/klachten",
        "/api/v1/statistieken",
        "/api/v1/organisaties",
        "/api/v1/aanleveringen",
        "/api/v1/waardelijsten",
        "/api/v1/openapi.json",
        "/api/v1/bestaatniet",
        "/api/v1/klachten?pagina=0",
    ],
)
def test_every_response_has_api_version_and_cors(public_dataset, client, url):
    response = client.get(url)
    assert response["API-Version"] == "1.0.0"
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "qs",
    [
        "onbekend=1",
        "conclusie=misschien",
        "van=2024-02-30",
        "van=1066-10-14",
        "tot=99999-01-01",
        "pagina=999999",
        "pagina=-1",
        "pagina=1e3",
        "paginaGrootte=10000",
        "sorteer=chaos",
        "q=" + "x" * 500,
        "q=%3Cscript%3Ealert(1)%3C/script%3E&conclusie=%3Cscript%3E",
        "organisatie=%00",
        "conclusie__niet=gegrond",
        "van=2024-05-01&tot=2024-01-01",
        "thema=" + "y" * 200,
    ],
)
def test_hostile_parameters_are_400_problem_json_never_500(public_dataset, client, qs):
    response = client.get("/api/v1/klachten?" + qs)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 400 and body["title"] and body["detail"]
    assert "<script>" not in response.content.decode()


def test_script_in_the_search_box_is_harmless(public_dataset, client):
    response = client.get("/api/v1/klachten?q=%3Cscript%3Ealert(1)%3C/script%3E")
    body = response.json()
    assert response.status_code == 200 and body["totaal"] == 12  # the words script/alert occur in 12 texts
    for row in body["resultaten"]:
        for fragment in row["fragmenten"]:
            assert "<script>" not in fragment["html"] and "&lt;<mark>script</mark>&gt;" in fragment["html"]


def test_writes_are_405_problem_json(public_dataset, client):
    response = client.post("/api/v1/klachten", {})
    assert response.status_code == 405 and response["Content-Type"] == "application/problem+json"


def test_unexpected_errors_are_500_problem_json(public_dataset, client, monkeypatch):
    from openklachten.publication import query

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(query, "search", broken)
    response = client.get("/api/v1/klachten")
    assert response.status_code == 500 and response["Content-Type"] == "application/problem+json"
    assert "kapot" not in response.content.decode()


def test_anonymous_clients_are_rate_limited_with_retry_after(public_dataset, client):
    cache.clear()
    with override_settings(API_RATE_LIMIT="3/minute"):
        statuses = [client.get("/api/v1/waardelijsten").status_code for _ in range(4)]
        limited = client.get("/api/v1/waardelijsten")
        download = client.get("/downloads/klachten.csv")
    cache.clear()
    assert statuses == [200, 200, 200, 429]
    assert limited["Content-Type"] == "application/problem+json" and int(limited["Retry-After"]) > 0
    assert download.status_code == 200  # bulk files are not rate-limited


def test_the_rate_limit_fails_open_when_its_cache_cannot_be_written(public_dataset, client, monkeypatch):
    """SQLite during a large import: the cache table is locked; the read is answered, not a 500."""
    from django.db import OperationalError

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    cache.clear()
    monkeypatch.setattr(cache, "set", locked)
    with override_settings(API_RATE_LIMIT="3/minute"):
        statuses = [client.get("/api/v1/waardelijsten").status_code for _ in range(5)]
    assert statuses == [200] * 5
