"""Comparison with similar organisations: same type and size class, rates only where both sides have ≥ 30.

Size class: for gemeenten the number of inhabitants (CBS size classes, merged to five), for other types the
number of complaints in the period (they have no inhabitants; the volume is the best proxy for their size;
also for a gemeente when the CBS population file is absent).
Rates come from query.compare(); term compliance is over formal complaints only (Awb 9:11).
"""

from statistics import median

from openklachten.publication import query
from openklachten.publication.query import defaults
from openklachten.publication.query.filters import Filters

INHABITANT_CLASSES = (
    (0, "minder dan 20.000 inwoners"),
    (20_000, "20.000 tot 50.000 inwoners"),
    (50_000, "50.000 tot 100.000 inwoners"),
    (100_000, "100.000 tot 250.000 inwoners"),
    (250_000, "250.000 inwoners of meer"),
)
VOLUME_CLASSES = ((0, "minder dan 100 klachten"), (100, "100 tot 1.000 klachten"), (1_000, "1.000 klachten of meer"))


def size_class(row: dict) -> str:
    if row.get("type") == "gemeente" and row.get("inwoners"):
        value, classes = row["inwoners"], INHABITANT_CLASSES
    else:
        value, classes = row.get("total") or 0, VOLUME_CLASSES
    found = None
    for lower, label in classes:
        if value >= lower:
            found = label
    return found


def _period_filters(filters: Filters, **include) -> Filters:
    return Filters(include={k: [v] for k, v in include.items()}, van=filters.van, tot=filters.tot)


def compare_similar(code: str, org_type: str, filters: Filters) -> dict | None:
    """{klasse, eigen, peers: n, mediaan: {per_10000, gegrond, binnen_termijn}, peers_met_cijfers} or None."""
    rows = query.compare(_period_filters(filters, organisatie_type=org_type))
    formal = {
        r["organisatie"]: r
        for r in query.compare(_period_filters(filters, organisatie_type=org_type, formeel_informeel="formeel"))
    }
    for row in rows:  # Awb 9:11 applies to formal complaints only; ≥ 30 formal ones for a rate
        row["binnen_termijn"] = formal.get(row["organisatie"], {}).get("binnen_termijn")
    own = next((r for r in rows if r["organisatie"] == code), None)
    if own is None:
        return None
    klasse = size_class(own)
    peers = [r for r in rows if r["organisatie"] != code and klasse and size_class(r) == klasse]
    usable = [r for r in peers if not r["te_weinig_klachten"]]

    def mid(key):
        values = [r[key] for r in usable if r[key] is not None]
        return median(values) if values else None

    return {
        "klasse": klasse,
        "eigen": own,
        "peers": len(peers),
        "peers_met_cijfers": len(usable),
        "mediaan": {key: mid(key) for key in ("per_10000", "gegrond", "binnen_termijn")},
        "genoeg": own["total"] >= defaults.MIN_COMPLAINTS_FOR_RATE and bool(usable),
    }
