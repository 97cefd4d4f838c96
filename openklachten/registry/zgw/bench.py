"""`openklachten zgw bench`: sync speed against the local fake ZGW server (read + map + validate, no storage).

Storing goes through the ordinary import pipeline, whose speed `make demo` already shows; what this
measures is the connector: how fast zaken come in and how many requests each costs.
"""

import io
import json
import time

from openklachten.intake.connectors.zgw import Connection, Mapping, ZgwClient, map_zaak
from openklachten.intake.connectors.zgw.fake import FakeZgw
from openklachten.registry import components


def run(size: int) -> str:
    lines = []
    with FakeZgw(zaken=size) as fake:
        for expand in (True, False):
            fake.expand_supported = expand
            client = ZgwClient(Connection(fake.zaken_url, fake.catalogi_url, fake.client_id, fake.secret))
            started = time.perf_counter()
            types = client.zaaktypen([fake.identificatie])
            listing = client.list_zaken(list(types))
            fetched = time.perf_counter()
            mapping = Mapping.from_config({}, {"bestuursorgaan": "gm0344", "eerstelijns_tweedelijns": "eerstelijns"})
            records = [m.record for m in (map_zaak(z, mapping) for z in listing.zaken) if not m.issues]
            table = components.read_table(io.BytesIO(json.dumps(records).encode()), filename="bench.json")
            report = components.validate(table, "gemeente")
            done = time.perf_counter()
            n = len(listing.zaken)
            lines.append(
                f"{'met expand' if expand else 'zonder expand (per zaak)'}: {n} zaken, {client.requests} verzoeken "
                f"({client.requests / n:.3f} per zaak); lezen {n / (fetched - started):.0f} zaken/s, "
                f"lezen+omzetten+valideren {n / (done - started):.0f} zaken/s; {len(report.records)} geldig, "
                f"{len(report.errors)} fouten"
            )
    return "\n".join(lines)
