import csv
import io
import json

import pyarrow.parquet as pq

from openklachten.publication.exports.safety import neutralise_value


def _get(client, url):
    response = client.get(url)
    return response, b"".join(response.streaming_content) if response.streaming else response.content


def test_csv_has_bom_and_neutralises_formulas(fixed_model, client):
    _, body = _get(client, "/downloads/klachten.csv")
    assert body.startswith(b"\xef\xbb\xbf")
    rows = {r["public_id"]: r for r in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))}
    risky = rows["K0000002"]
    assert risky["gedraging"].startswith("'=HYPERLINK")
    assert risky["bevindingen"] == "'+31 20 000" and risky["aanbevelingen"] == "'@SUM(A1)"
    assert risky["herstelmaatregelen"] == "'-1+1"
    assert rows["K0000003"]["gedraging"] == "Tab\tin tekst, é ü ß"  # a tab inside is fine, only at the start
    assert rows["K0000001"]["themas"] == "afval;parkeren"
    assert rows["K0000001"]["gedraging"] == 'Container; niet "geleegd"\nna melding.'
    assert "klacht_key" not in rows["K0000001"]


def test_excel_variant_uses_semicolons(fixed_model, client):
    _, body = _get(client, "/downloads/klachten-excel.csv")
    reader = csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";")
    header = next(reader)
    assert header[0] == "public_id" and len(header) > 40
    assert len(list(reader)) == 3


def test_jsonl_and_parquet_hold_every_row(fixed_model, client):
    _, body = _get(client, "/downloads/klachten.jsonl")
    lines = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    assert [r["public_id"] for r in lines] == ["K0000001", "K0000002", "K0000003"]
    assert lines[0]["themas"] == ["afval", "parkeren"] and lines[2]["gerelateerde_klacht"] == "K0000001"
    _, body = _get(client, "/downloads/klachten.parquet")
    table = pq.read_table(io.BytesIO(body))
    assert table.num_rows == 3 and "klacht_key" not in table.column_names


def test_filtered_selection_and_search(fixed_model, client):
    _, body = _get(client, "/downloads/klachten.jsonl?organisatieType=waterschap")
    assert [json.loads(x)["public_id"] for x in body.decode().splitlines()] == ["K0000003"]
    _, body = _get(client, "/downloads/klachten.jsonl?q=geleegd")
    assert [json.loads(x)["public_id"] for x in body.decode().splitlines()] == ["K0000001"]


def test_meta_beside_bulk_files(fixed_model, client):
    response, body = _get(client, "/downloads/klachten.meta.json?conclusie=gegrond")
    data = json.loads(body)
    assert data["_meta"]["licentie"].startswith("https://creativecommons.org/publicdomain/zero/")
    assert data["_meta"]["aantal_klachten"] == 3 and data["selectie"]["aantal_klachten"] == 1
    assert data["bestanden"]["csv-excel"].endswith("klachten-excel.csv?conclusie=gegrond")
    assert {p["organisatie"] for p in data["_meta"]["aanleverders"]} == {"gm0363", "ws0155"}
    assert all(p["verouderd"] for p in data["_meta"]["aanleverders"])  # delivered in 2024, long ago


def test_per_delivery_files_and_unknown_delivery(fixed_model, client):
    _, body = _get(client, "/downloads/aanleveringen/7.jsonl")
    assert len(body.decode().splitlines()) == 2
    assert client.get("/downloads/aanleveringen/99.csv").status_code == 404
    index = json.loads(client.get("/downloads/").content)
    assert [d["id"] for d in index["aanleveringen"]] == [8, 7]


def test_bad_filters_are_400_problem_json(fixed_model, client):
    response = client.get("/downloads/klachten.csv?conclusie=%3Cscript%3E")
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"


def test_neutralise_value():
    assert [neutralise_value(v) for v in ("=1", "+1", "-1", "@a", "\tx", "\rx", "ok", "")] == [
        "'=1",
        "'+1",
        "'-1",
        "'@a",
        "'\tx",
        "'\rx",
        "ok",
        "",
    ]


def test_per_organisation_files_the_catalogue_names(fixed_model, client):
    """/downloads/klachten-<code>.<fmt> holds only that organisation's rows; an unknown code is a 404."""
    _, body = _get(client, "/downloads/klachten-ws0155.jsonl")
    assert [json.loads(x)["public_id"] for x in body.decode().splitlines()] == ["K0000003"]
    _, body = _get(client, "/downloads/klachten-gm0363.csv?organisatie=ws0155")
    ids = [r["public_id"] for r in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))]
    assert ids == ["K0000001", "K0000002"]
    _, body = _get(client, "/downloads/klachten-gm0363.parquet")
    assert pq.read_table(io.BytesIO(body)).column("organisatie").to_pylist() == ["gm0363", "gm0363"]
    assert client.get("/downloads/klachten-gm9999.csv").status_code == 404
    assert client.get("/downloads/klachten-excel.csv").status_code == 200  # the Excel variant keeps its name
