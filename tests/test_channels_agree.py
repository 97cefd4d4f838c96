"""Every public channel tells the same number: site, API, statistics, organisation resource and each download.

After the three real deliveries of the privacy sweep (XLSX template, V0.2 CSV, JSON), per organisation and in
total, the count of published complaints is the registry's count wherever a user looks it up.
"""

import csv
import io
import json
import re

import pyarrow.parquet as pq

from openklachten.registry.models import Complaint

from .test_privacy_sweep import deliveries  # noqa: F401 - the fixture


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def site_total(client, query: str) -> int:
    html = client.get(f"/?{query}").content.decode()
    found = re.search(r"<dt>Klachten</dt>\s*<dd>([\d.]+)</dd>", html)
    assert found, query
    return int(found.group(1).replace(".", ""))


def download_counts(client, query: str) -> dict[str, int]:
    comma = body(client.get(f"/downloads/klachten.csv?{query}")).decode("utf-8-sig")
    csv_rows = list(csv.DictReader(io.StringIO(comma)))
    excel = body(client.get(f"/downloads/klachten-excel.csv?{query}")).decode("utf-8-sig")
    jsonl = [
        json.loads(line)
        for line in body(client.get(f"/downloads/klachten.jsonl?{query}")).decode().splitlines()
        if line.strip()
    ]
    parquet = pq.read_table(io.BytesIO(body(client.get(f"/downloads/klachten.parquet?{query}"))))
    return {
        "csv": len(csv_rows),
        "csv;": len(list(csv.DictReader(io.StringIO(excel), delimiter=";"))),
        "jsonl": len(jsonl),
        "parquet": parquet.num_rows,
    }


def test_every_channel_counts_the_same(deliveries, client):  # noqa: F811
    codes = sorted(deliveries["files"])
    for code in codes + [None]:
        expected = Complaint.published.filter(**({"organisation__code": code} if code else {})).count()
        query = f"organisatie={code}" if code else ""
        assert expected > 0
        seen = {
            "site": site_total(client, query),
            "api": client.get(f"/api/v1/klachten?{query}").json()["totaal"],
            "statistieken": client.get(f"/api/v1/statistieken?{query}").json()["samenvatting"]["total"],
            **download_counts(client, query),
        }
        if code:
            seen["organisatie"] = client.get(f"/api/v1/organisaties/{code}").json()["aantal_klachten"]
        assert set(seen.values()) == {expected}, (code, expected, seen)
