"""Synthetic read-model records for benchmarks: the shape and spread of real data, nothing real in it.

The records come from the demo generator (`openklachten.demo.generate_records`), shaped as the registry
would store them.
"""

import datetime as dt

from openklachten.demo.catalogue import select
from openklachten.demo.records import generate_records


def records(count: int, seed: int = 7):
    """(records iterator, organisation dicts) for `count` complaints of the demo generator."""
    return _from_demo(generate_records(count, seed=seed), select()), [
        {
            "code": o.code,
            "naam": o.name,
            "type": o.type,
            "cbs_code": o.cbs_code or None,
            "tooi_uri": o.tooi_uri,
            "website": None,
            "contact_email": None,
        }
        for o in select()
    ]


def _from_demo(source, catalogue):
    """Demo records (standard machine names) -> read-model records, as the registry would store them.

    Only for benchmarks in a temporary directory: the demo texts are synthetic and not anonymised.
    """
    from openklachten.registry.terms import derived_fields

    orgs = {o.code: o for o in catalogue}
    index = {o.code: i for i, o in enumerate(catalogue)}
    by_uri = {o.tooi_uri: o for o in catalogue}
    published = dt.datetime(2025, 7, 1)
    for n, record in enumerate(source, start=1):
        org = orgs[record["organisatie"]]
        related = record.get("gerelateerde_klacht_id")
        yield {
            **{
                k: v
                for k, v in record.items()
                if k not in ("klacht_id", "gerelateerde_klacht_organisatie", "gerelateerde_klacht_id", "bestuursorgaan")
            },
            **derived_fields(record),
            "id": n,
            "public_id": f"K{n:08d}",
            "organisatie_naam": org.name,
            "organisatie_type": org.type,
            "cbs_code": org.cbs_code or None,
            "bestuursorgaan": record.get("bestuursorgaan"),
            "bestuursorgaan_naam": getattr(by_uri.get(record.get("bestuursorgaan")), "name", None),
            "aanlevering_id": index[org.code] * 100 + record["ontvangstdatum"].year % 100,  # one per org and year
            "klacht_key": f"{org.code}:{record['klacht_id']}",
            "gerelateerde_klacht_key": _related_key(by_uri, record) if related else None,
            "themas": list(record.get("themas") or []),
            "gepubliceerd_op": published,
        }


def _related_key(by_uri, record) -> str:
    target = by_uri.get(record.get("gerelateerde_klacht_organisatie"))
    return f"{target.code if target else ''}:{record['gerelateerde_klacht_id']}"
