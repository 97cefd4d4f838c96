"""Measures the yearly complaint report (Awb 9:12a) needs beyond the overview.

Term compliance split by verdaging and adviescommissie, handling-time percentiles, counts per
organisatieonderdeel, the first->second-line chain, and the published aanbevelingen/herstelmaatregelen.
Like every aggregate they read the read model for a Filters selection and are memoised per generation.
"""

from openklachten.publication.query import store
from openklachten.publication.query.aggregates import median_from_histogram
from openklachten.publication.query.filters import Filters

# A national picture can hold tens of thousands of lessons; a report lists the most frequent ones.
MAX_LESSONS = 60
LESSON_FIELDS = ("aanbevelingen", "herstelmaatregelen")


def _where(filters: Filters, extra: str = "") -> tuple[str, list]:
    where, args = filters.where()
    return (f"({where}) AND {extra}" if extra else where), args


def percentile_from_histogram(pairs, fraction: float) -> float | None:
    """Nearest-rank percentile (the smallest value with at least `fraction` of the rows at or below it)."""
    pairs = sorted((v, n) for v, n in pairs if v is not None)
    total = sum(n for _, n in pairs)
    if not total:
        return None
    rank = max(1, -(-int(round(fraction * total * 1000)) // 1000))  # ceil without float surprises
    seen = 0
    for value, n in pairs:
        seen += n
        if seen >= rank:
            return float(value)
    return float(pairs[-1][0])


@store.cached
def durations(filters: Filters) -> dict:
    """{n, mediaan, p90} of behandelduur_dagen (days); the median equals overview()'s for the same rows."""
    where, args = _where(filters)
    pairs = (
        store.connection()
        .execute(
            f"SELECT behandelduur_dagen, count(*) FROM klachten WHERE {where} AND behandelduur_dagen IS NOT NULL "
            "GROUP BY 1",
            args,
        )
        .fetchall()
    )
    return {
        "n": sum(n for _, n in pairs),
        "mediaan": median_from_histogram(pairs),
        "p90": percentile_from_histogram(pairs, 0.9),
    }


@store.cached
def term(filters: Filters) -> dict:
    """Awb 9:11 term compliance of FORMAL complaints (informal ones have no statutory term).

    {beoordeeld, binnen, groepen: [{verdaagd, adviescommissie, beoordeeld, binnen}]}; `beoordeeld` counts the
    formal complaints whose term could be computed (binnen_termijn not null).
    """
    where, args = _where(filters, "formeel_informeel = 'formeel' AND binnen_termijn IS NOT NULL")
    rows = (
        store.connection()
        .execute(
            f"SELECT coalesce(verdaagd, FALSE), coalesce(adviescommissie, FALSE), count(*), "
            f"count(*) FILTER (WHERE binnen_termijn) FROM klachten WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2",
            args,
        )
        .fetchall()
    )
    groups = [{"verdaagd": v, "adviescommissie": a, "beoordeeld": int(n), "binnen": int(b)} for v, a, n, b in rows]
    return {
        "beoordeeld": sum(g["beoordeeld"] for g in groups),
        "binnen": sum(g["binnen"] for g in groups),
        "groepen": groups,
    }


@store.cached
def counts_by_unit(filters: Filters) -> list[tuple[str, int]]:
    """(organisatieonderdeel, n), largest first; complaints without one are left out."""
    where, args = _where(filters, "coalesce(organisatieonderdeel, '') <> ''")
    rows = (
        store.connection()
        .execute(f"SELECT organisatieonderdeel, count(*) FROM klachten WHERE {where} GROUP BY 1", args)
        .fetchall()
    )
    return sorted(((u, int(n)) for u, n in rows), key=lambda p: (-p[1], p[0]))


@store.cached
def chain(filters: Filters) -> dict:
    """Second-line complaints (at an ombudsman) about first-line complaints in the selection, and how they ended.

    {total, per_ombudsman: [(naam, n)], conclusies: [(code, n)], afdoeningswijzen: [(code, n)]}. The link is the
    keyed hash of the organisation's own case number; the keys never leave this function.
    """
    where, args = filters.where()
    rows = (
        store.connection()
        .execute(
            "SELECT t.organisatie_naam, t.conclusie, t.afdoeningswijze, count(*) FROM klachten t "
            f"SEMI JOIN (SELECT klacht_key FROM klachten WHERE {where} AND klacht_key IS NOT NULL) f "
            "ON t.gerelateerde_klacht_key = f.klacht_key WHERE t.eerstelijns_tweedelijns = 'tweedelijns' "
            "GROUP BY ALL",
            args,
        )
        .fetchall()
    )

    def tally(index):
        out: dict = {}
        for row in rows:
            if row[index] is not None:
                out[row[index]] = out.get(row[index], 0) + int(row[3])
        return sorted(out.items(), key=lambda p: (-p[1], p[0]))

    return {
        "total": sum(int(r[3]) for r in rows),
        "per_ombudsman": tally(0),
        "conclusies": tally(1),
        "afdoeningswijzen": tally(2),
    }


@store.cached
def lessons(filters: Filters, limit: int = MAX_LESSONS) -> dict:
    """The published (anonymised) aanbevelingen and herstelmaatregelen, grouped by theme and cause.

    {total, shown, items: [{veld, tekst, thema, oorzaak, n}]}: identical texts are counted once with their number;
    the most frequent first. Complaints whose free text is withheld (tekst_achtergehouden) are skipped.
    """
    where, args = _where(filters, "coalesce(tekst_achtergehouden, '') = ''")
    parts = " UNION ALL ".join(
        f"SELECT '{field}' AS veld, {field} AS tekst, themas[1] AS thema, oorzaak FROM klachten "
        f"WHERE {where} AND coalesce({field}, '') <> ''"
        for field in LESSON_FIELDS
    )
    con = store.connection()
    total = con.execute(f"SELECT count(*) FROM ({parts})", args * len(LESSON_FIELDS)).fetchall()[0][0]
    rows = con.execute(
        f"SELECT veld, tekst, thema, oorzaak, count(*) AS n FROM ({parts}) GROUP BY ALL "
        "ORDER BY n DESC, thema NULLS LAST, oorzaak NULLS LAST, veld, tekst LIMIT ?",
        [*(args * len(LESSON_FIELDS)), limit],
    ).fetchall()
    items = [{"veld": v, "tekst": t, "thema": th, "oorzaak": o, "n": int(n)} for v, t, th, o, n in rows]
    return {"total": int(total), "shown": sum(i["n"] for i in items), "items": items}
