"""Responses recorded from a real local Open Zaak 1.21.0 (commit 5e787bd4), synthetic content: one list page
with `expand`, three closed zaken and one open one, each with status, resultaat and seven zaakeigenschappen."""

import json

from openklachten.intake.connectors.zgw import Mapping, map_zaak
from openklachten.intake.tests.zgw import spec

PAGE = json.loads((spec.RECORDED / "open-zaak-1.21-zaken-expanded.json").read_text(encoding="utf-8"))
FIXED = {"bestuursorgaan": "gm0344", "eerstelijns_tweedelijns": "eerstelijns"}


def test_the_recorded_page_matches_the_spec():
    assert spec.response_problems("/zaken/api/v1/zaken", PAGE) == []
    for zaak in PAGE["results"]:
        assert spec.schema_problems("/zaken/api/v1", "Status", zaak["_expand"]["status"]) == []
        for prop in zaak["_expand"]["eigenschappen"]:
            assert spec.schema_problems("/zaken/api/v1", "ZaakEigenschap", prop) == []


def test_open_zaak_1_21_returns_the_expansions_the_connector_asked_for():
    closed = [zaak for zaak in PAGE["results"] if zaak["einddatum"]]
    assert len(closed) == 3
    for zaak in closed:
        assert zaak["_expand"]["resultaat"]["_expand"]["resultaattype"]["omschrijving"]
        assert zaak["_expand"]["status"]["_expand"]["statustype"]["isEindstatus"] is True


def test_the_default_mapping_reads_the_recorded_zaken():
    mapped = [map_zaak(zaak, Mapping.from_config({}, FIXED)) for zaak in PAGE["results"]]
    by_id = {m.identificatie: m for m in mapped}
    closed = by_id["KL-2026-00009"]
    assert closed.record["conclusie"] == "deels-gegrond" and closed.record["status"] == "afgehandeld"
    assert closed.sources["organisatieonderdeel"] == "zaakeigenschap 'afdeling'"
    assert closed.sources["type_klager"] == "zaakeigenschap 'type klager'"
    assert closed.sources["woonplaats_klager"] == "zaakeigenschap 'woonplaats'"
    assert by_id["KL-2026-00007"].record["conclusie"] == "geen-oordeel"
    still_open = by_id["KL-2025-01200"]
    assert still_open.record["status"] == "in-behandeling" and "conclusie" not in still_open.record
    assert still_open.record["ontvangwijze"] == "telefoon"
