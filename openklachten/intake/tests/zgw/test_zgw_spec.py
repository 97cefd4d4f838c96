"""What the connector sends and what it reads match the official Zaken/Catalogi OpenAPI documents."""

import json

import pytest

from openklachten.intake.connectors.zgw import Connection, ZgwClient
from openklachten.intake.connectors.zgw.fake import FakeZgw
from openklachten.intake.tests.zgw import spec


@pytest.fixture
def fake():
    with FakeZgw(zaken=230) as server:
        yield server


def client_for(fake):
    return ZgwClient(Connection(fake.zaken_url, fake.catalogi_url, fake.client_id, fake.secret))


def test_every_request_of_a_sync_is_valid_for_the_spec(fake):
    client = client_for(fake)
    types = client.zaaktypen(["KLACHT", fake.zaaktype_url])
    client.check_zaken_api()
    import datetime as dt

    client.list_zaken(list(types), closed_since=dt.date(2025, 3, 1))
    client.list_zaken(list(types), expand=False)
    fake.expand_supported = False
    client.list_zaken(list(types))  # the per-zaak fallback: resultaat, status, zaakeigenschappen, catalogue objects
    paths = {entry["path"] for entry in fake.log}
    assert len(fake.log) > 20 and any("zaakeigenschappen" in p for p in paths)
    problems = [p for entry in fake.log for p in spec.request_problems(entry["path"], entry["query"], entry["headers"])]
    assert problems == []
    assert all(entry["headers"]["Accept-Crs"] == "EPSG:4326" for entry in fake.log)
    assert all(entry["headers"]["Authorization"].startswith("Bearer ") for entry in fake.log)
    expands = {entry["query"].get("expand") for entry in fake.log if entry["path"].endswith("/zaken")} - {None}
    assert expands == {"resultaat,resultaat.resultaattype,eigenschappen,status,status.statustype"}


def test_a_request_outside_the_spec_is_caught():
    """The checker itself: an undeclared filter and a wrong enum value are reported."""
    problems = spec.request_problems(
        "/zaken/api/v1/zaken", {"laatstGewijzigd__gt": "2024-01-01", "expand": "rollen.x"}, {"Accept-Crs": "EPSG:4326"}
    )
    assert any("laatstGewijzigd__gt" in p for p in problems) and any("rollen.x" in p for p in problems)


def test_the_fake_answers_in_the_shapes_of_the_spec(fake):
    """So the fault-injection tests exercise the connector against realistic responses."""
    client = client_for(fake)
    zaken = client.list_zaken([fake.zaaktype_url]).zaken
    page = {"count": len(zaken), "next": None, "previous": None, "results": zaken[:100]}
    assert spec.response_problems("/zaken/api/v1/zaken", page) == []
    for zaak in zaken[:20]:
        expand = zaak["_expand"]
        assert spec.schema_problems("/zaken/api/v1", "Status", expand["status"]) == []
        assert spec.schema_problems("/zaken/api/v1", "ZaakEigenschap", expand["eigenschappen"][0]) == []
        if "resultaat" in expand:
            assert spec.schema_problems("/zaken/api/v1", "Resultaat", expand["resultaat"]) == []
            rt = expand["resultaat"]["_expand"]["resultaattype"]
            assert rt["omschrijving"] and rt["url"] == expand["resultaat"]["resultaattype"]


@pytest.mark.parametrize(
    "name, path",
    [
        ("zaken-list.json", "/zaken/api/v1/zaken"),
        ("zaakeigenschappen.json", "/zaken/api/v1/zaken/x/zaakeigenschappen"),
        ("resultaat.json", "/zaken/api/v1/resultaten/x"),
        ("status.json", "/zaken/api/v1/statussen/x"),
        ("resultaattype.json", "/catalogi/api/v1/resultaattypen/x"),
        ("statustype.json", "/catalogi/api/v1/statustypen/x"),
        ("zaaktype.json", "/catalogi/api/v1/zaaktypen/x"),
    ],
)
def test_recorded_open_zaak_responses_match_the_spec(name, path):
    assert spec.response_problems(path, json.loads((spec.EXAMPLES / name).read_text())) == []


def test_recorded_expanded_zaak_of_open_zaak_1_30_matches_the_spec():
    zaak = json.loads((spec.EXAMPLES / "zaak-expanded-open-zaak-1.30.json").read_text())
    assert spec.schema_problems("/zaken/api/v1", "Zaak", zaak) == []
    assert spec.schema_problems("/zaken/api/v1", "Status", zaak["_expand"]["status"]) == []
    assert spec.schema_problems("/zaken/api/v1", "Resultaat", zaak["_expand"]["resultaat"]) == []
