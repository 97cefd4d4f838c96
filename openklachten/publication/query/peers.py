"""Benchmarks: an organisation next to similar organisations (peer median) and next to everyone (landelijk).

Peer group: gemeenten by population class (CBS inhabitants), every other organisation by its type. The peer
figure is the median over the group's organisations with at least MIN_COMPLAINTS_FOR_RATE complaints (each
organisation counts once, large or small); the national figure is pooled: all complaints of the selection taken
together (per 10,000 inhabitants: the complaints of all gemeenten with a known population over their inhabitants).
"""

import statistics
from dataclasses import dataclass

from openklachten.publication.query import defaults, store
from openklachten.publication.query.aggregates import summary
from openklachten.publication.query.compare import compare, population
from openklachten.publication.query.filters import Filters

BENCHMARKED = ("per_10000", "gegrond", "binnen_termijn", "mediaan_behandelduur")
TYPE_GROUPS = {
    "gemeente": "gemeenten zonder bekend inwonertal",
    "provincie": "provincies",
    "waterschap": "waterschappen",
    "ministerie": "ministeries",
    "zbo": "zelfstandige bestuursorganen en uitvoeringsorganisaties",
    "ombudsman": "ombudsmannen",
    "overig": "overige organisaties",
}


@dataclass(frozen=True)
class PeerGroup:
    key: str
    label: str  # Dutch, for "vergelijkbare organisaties: gemeenten met 50.000 tot 100.000 inwoners"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def peer_group(kind: str | None, inwoners: int | None) -> PeerGroup:
    """The group an organisation is compared with."""
    if kind == "gemeente" and inwoners:
        bounds = defaults.POPULATION_CLASSES
        index = max(i for i, low in enumerate(bounds) if inwoners >= low)
        low, high = bounds[index], bounds[index + 1] if index + 1 < len(bounds) else None
        if low == 0:
            label = f"gemeenten met minder dan {_thousands(high)} inwoners"
        elif high is None:
            label = f"gemeenten met {_thousands(low)} inwoners of meer"
        else:
            label = f"gemeenten met {_thousands(low)} tot {_thousands(high)} inwoners"
        return PeerGroup(f"gemeente-{low}", label)
    kind = kind or "overig"
    return PeerGroup(kind, TYPE_GROUPS.get(kind, kind))


def without_organisation(filters: Filters) -> Filters:
    """The same selection (period, themes, ...) over all organisations: what peers and landelijk are made of."""
    drop = ("organisatie", "organisatie_type")
    return Filters(
        include={k: v for k, v in filters.include.items() if k not in drop},
        exclude={k: v for k, v in filters.exclude.items() if k not in drop},
        van=filters.van,
        tot=filters.tot,
    )


def _median(values) -> float | None:
    values = [v for v in values if v is not None]
    return float(statistics.median(values)) if len(values) >= defaults.MIN_PEERS else None


def _pooled_per_10000(rows) -> float | None:
    gemeenten = [r for r in rows if r["type"] == "gemeente" and r["inwoners"]]
    inhabitants, total = sum(r["inwoners"] for r in gemeenten), sum(r["total"] for r in gemeenten)
    if not inhabitants or total < defaults.MIN_COMPLAINTS_FOR_RATE:
        return None
    return defaults.PER_INHABITANTS * total / inhabitants


@store.cached
def benchmarks(filters: Filters) -> dict:
    """Peer medians per group and the pooled national figures, over `filters` without its organisation filters.

    {"groups": {key: {label, organisaties, met_genoeg_klachten, per_10000, gegrond, ...}},
     "leden": {organisation code: group key}, "landelijk": {per_10000, gegrond, ...}, "periode": (first, last)}
    """
    base = without_organisation(filters)
    rows = compare(base)
    members: dict[str, list[dict]] = {}
    leden = {}
    labels = {}
    for row in rows:
        group = peer_group(row["type"], row["inwoners"])
        members.setdefault(group.key, []).append(row)
        leden[row["organisatie"]] = group.key
        labels[group.key] = group.label
    groups = {}
    for key, group_rows in members.items():
        enough = [r for r in group_rows if not r["te_weinig_klachten"]]
        groups[key] = {
            "key": key,
            "label": labels[key],
            "organisaties": len(group_rows),
            "met_genoeg_klachten": len(enough),
            **{name: _median(r[name] for r in enough) for name in BENCHMARKED},
        }
    pooled = summary(base)
    if pooled["total"] < defaults.MIN_COMPLAINTS_FOR_RATE:  # the same rule as for one organisation
        pooled.update(gegrond=None, binnen_termijn=None, mediaan_behandelduur=None)
    landelijk = {
        "organisaties": len(rows),
        "total": pooled["total"],
        "per_10000": _pooled_per_10000(rows),
        **{name: pooled.get(name) for name in ("gegrond", "binnen_termijn", "mediaan_behandelduur")},
    }
    return {"groups": groups, "leden": leden, "landelijk": landelijk, "periode": period(base)}


def period(filters: Filters) -> tuple[str, str] | None:
    """First and last month (JJJJ-MM) of the selection's complaints, or None when it is empty."""
    where, args = filters.where()
    first, last = (
        store.connection().execute(f"SELECT min(maand), max(maand) FROM klachten WHERE {where}", args).fetchall()[0]
    )
    return (first, last) if first else None


def quarter_sql() -> str:
    return "substr(maand, 1, 4) || '-K' || ((CAST(substr(maand, 6, 2) AS INTEGER) + 2) // 3)::VARCHAR"


_UPHELD = ", ".join(f"'{c}'" for c in defaults.UPHELD)
_JUDGED = ", ".join(f"'{c}'" for c in defaults.JUDGED)


@store.cached
def quarterly(filters: Filters) -> list[dict]:
    """Per quarter: the selection's organisation(s) against their peer median and the pooled national figure.

    With exactly one organisation in `filters` the peer median is over its group; otherwise it is None.
    A rate needs MIN_COMPLAINTS_FOR_RATE complaints in that quarter (per organisation, for the peer median too).
    """
    base = without_organisation(filters)
    where, args = base.where()
    sql = (
        f"SELECT organisatie, {quarter_sql()} AS kwartaal, count(*), "
        f"count(*) FILTER (WHERE formeel_informeel = 'formeel' AND conclusie IN ({_UPHELD})), "
        f"count(*) FILTER (WHERE formeel_informeel = 'formeel' AND conclusie IN ({_JUDGED})) "
        f"FROM klachten WHERE {where} AND maand IS NOT NULL GROUP BY ALL"
    )
    per_org = store.connection().execute(sql, args).fetchall()
    selected_where, selected_args = filters.where()
    selected = {
        kwartaal: (n, upheld, judged)
        for kwartaal, n, upheld, judged in store.connection()
        .execute(
            f"SELECT {quarter_sql()} AS kwartaal, count(*), "
            f"count(*) FILTER (WHERE formeel_informeel = 'formeel' AND conclusie IN ({_UPHELD})), "
            f"count(*) FILTER (WHERE formeel_informeel = 'formeel' AND conclusie IN ({_JUDGED})) "
            f"FROM klachten WHERE {selected_where} AND maand IS NOT NULL GROUP BY ALL",
            selected_args,
        )
        .fetchall()
    }
    bench = benchmarks(filters)
    codes = filters.include.get("organisatie", [])
    own = codes[0] if len(codes) == 1 and not filters.exclude.get("organisatie") else None
    group = bench["leden"].get(own) if own else None
    inhabitants = _inhabitants()
    quarters = sorted({q for _, q, *_ in per_org})
    out = []
    for quarter in quarters:
        rows = [r for r in per_org if r[1] == quarter]
        n, upheld, judged = selected.get(quarter, (0, 0, 0))
        enough = n >= defaults.MIN_COMPLAINTS_FOR_RATE
        own_inhabitants = inhabitants.get(own) if own else None
        peers = [r for r in rows if group and bench["leden"].get(r[0]) == group]
        peers_enough = [r for r in peers if r[2] >= defaults.MIN_COMPLAINTS_FOR_RATE]
        gemeenten = [r for r in rows if r[0] in inhabitants]
        pop = sum(inhabitants[r[0]] for r in gemeenten)
        all_judged = sum(r[4] for r in rows)
        national_enough = sum(r[2] for r in rows) >= defaults.MIN_COMPLAINTS_FOR_RATE  # the same rule for landelijk
        out.append(
            {
                "kwartaal": quarter,
                "total": n,
                "per_10000": defaults.PER_INHABITANTS * n / own_inhabitants if own_inhabitants and enough else None,
                "gegrond": upheld / judged if enough and judged else None,
                "peer_per_10000": _median(
                    defaults.PER_INHABITANTS * r[2] / inhabitants[r[0]] for r in peers_enough if r[0] in inhabitants
                )
                if own_inhabitants
                else None,
                "peer_gegrond": _median(r[3] / r[4] for r in peers_enough if r[4]),
                "landelijk_per_10000": defaults.PER_INHABITANTS * sum(r[2] for r in gemeenten) / pop
                if pop and national_enough
                else None,
                "landelijk_gegrond": sum(r[3] for r in rows) / all_judged if all_judged and national_enough else None,
            }
        )
    return out


def _inhabitants() -> dict[str, int]:
    """Organisation code -> inhabitants, for gemeenten whose CBS code the population file knows."""
    counts = population()
    found = store.connection().execute("SELECT code, cbs_code FROM organisaties WHERE type = 'gemeente'").fetchall()
    return {code: counts[cbs.upper()] for code, cbs in found if cbs and cbs.upper() in counts}
