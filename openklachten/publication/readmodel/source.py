"""Read the published complaints from the registry as plain records for the writer."""

import datetime as dt
import json

from openklachten.publication.readmodel import schema

CHUNK = 5_000  # rows per database round trip: low memory, few queries

# Complaint fields copied as they are (the writer derives jaar, maand and gerelateerde_klacht).
_DIRECT = [
    c
    for c in schema.RECORD_COLUMNS
    if c
    not in (
        "id",
        "organisatie",
        "organisatie_naam",
        "organisatie_type",
        "cbs_code",
        "bestuursorgaan",
        "aanlevering_id",
        "gepubliceerd_op",
    )
]


def utc(moment):
    """Naive UTC: the read model stores timestamps without zone (all UTC) so readers need no tz database."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def records():
    """One dict per published complaint (Complaint.published only: never quarantined or withdrawn rows)."""
    from openklachten.registry.models import Complaint

    query = Complaint.published.order_by("id").values(
        "id",
        "organisation__code",
        "organisation__name",
        "organisation__type",
        "organisation__cbs_code",
        "bestuursorgaan_uri",
        "delivery_id",
        "published_at",
        *_DIRECT,
    )
    for row in query.iterator(chunk_size=CHUNK):
        record = {c: row[c] for c in _DIRECT}
        record.update(
            id=row["id"],
            organisatie=row["organisation__code"],
            organisatie_naam=row["organisation__name"],
            organisatie_type=row["organisation__type"],
            cbs_code=row["organisation__cbs_code"],
            bestuursorgaan=row["bestuursorgaan_uri"],
            aanlevering_id=row["delivery_id"],
            gepubliceerd_op=utc(row["published_at"]),
            themas=list(row["themas"] or []),
        )
        yield record


def organisations():
    from openklachten.registry.models import Organisation

    for o in Organisation.objects.order_by("code"):
        yield {
            "code": o.code,
            "naam": o.name,
            "type": o.type,
            "cbs_code": o.cbs_code or None,
            "tooi_uri": o.tooi_uri,
            "website": o.website or None,
            "contact_email": o.contact_email or None,
        }


def deliveries():
    """Deliveries whose complaints are public (withdrawn ones are left out, like their complaints)."""
    from openklachten.registry.models import Delivery

    for d in Delivery.objects.exclude(status="ingetrokken").select_related("organisation").order_by("id"):
        yield {
            "id": d.id,
            "organisatie": d.organisation.code,
            "aangeleverd_op": utc(d.created_at),
            "gewijzigd_op": utc(d.modified_at),
            "standaardversie": d.standard_version,
            "aantal_klachten": d.row_count,
            "periode_van": d.period_start,
            "periode_tot": d.period_end,
            "metadata": json.dumps(d.metadata or {}, ensure_ascii=False, default=str),
        }
