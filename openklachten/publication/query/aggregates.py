"""Counts and rates for any selection: overview, facets, time series, statistics per dimension."""

from openklachten.publication.query import columns, cube, defaults, store
from openklachten.publication.query.cube import median_from_histogram  # noqa: F401 (used by query.reporting)
from openklachten.publication.query.errors import InvalidFilter
from openklachten.publication.query.filters import Filters
from openklachten.publication.query.search import hit_table as search_hit_table
from openklachten.publication.query.search import hits as search_hits
from openklachten.publication.query.search import query_stems
from openklachten.publication.query.vocabulary import FILTERS

_UPHELD = ", ".join(f"'{c}'" for c in defaults.UPHELD)
_JUDGED = ", ".join(f"'{c}'" for c in defaults.JUDGED)

# The measures every summary has. The Awb 9:11 term binds formal complaints only, so `binnen_termijn` and
# `mediaan_behandelduur` are over formal complaints (informal ones are handled in days and would flatter both);
# the informal handling time is its own measure. `gegrond` is the uphold rate over formal judged complaints.
# The counts behind each rate travel with it, so a reader can see "312 of 1.204" next to "25,9%".
_FORMAL = "formeel_informeel = 'formeel'"
MEASURES = f"""
    count(*) AS total,
    count(*) FILTER (WHERE {_FORMAL}) AS formeel,
    count(*) FILTER (WHERE formeel_informeel = 'informeel') AS informeel,
    avg(CASE WHEN binnen_termijn THEN 1.0 ELSE 0.0 END) FILTER (WHERE {_FORMAL} AND binnen_termijn IS NOT NULL)
      AS binnen_termijn,
    median(behandelduur_dagen) FILTER (WHERE {_FORMAL}) AS mediaan_behandelduur,
    count(*) FILTER (WHERE {_FORMAL} AND conclusie IN ({_UPHELD}))
      / nullif(count(*) FILTER (WHERE {_FORMAL} AND conclusie IN ({_JUDGED})), 0) AS gegrond,
    median(behandelduur_dagen) FILTER (WHERE formeel_informeel = 'informeel') AS mediaan_behandelduur_informeel,
    count(*) FILTER (WHERE {_FORMAL} AND conclusie IN ({_UPHELD})) AS aantal_gegrond,
    count(*) FILTER (WHERE {_FORMAL} AND conclusie IN ({_JUDGED})) AS aantal_beoordeeld,
    count(*) FILTER (WHERE {_FORMAL} AND binnen_termijn) AS aantal_binnen_termijn,
    count(*) FILTER (WHERE {_FORMAL} AND binnen_termijn IS NOT NULL) AS aantal_afgehandeld_formeel
"""
MEASURE_NAMES = (
    "total",
    "formeel",
    "informeel",
    "binnen_termijn",
    "mediaan_behandelduur",
    "gegrond",
    "mediaan_behandelduur_informeel",
    "aantal_gegrond",
    "aantal_beoordeeld",
    "aantal_binnen_termijn",
    "aantal_afgehandeld_formeel",
)
_RATES = ("binnen_termijn", "gegrond", "mediaan_behandelduur", "mediaan_behandelduur_informeel")
LIST_FACETS = [name for name, (_, is_list, _) in FILTERS.items() if is_list]
INTERVALS = {"maand": "maand", "jaar": "CAST(jaar AS VARCHAR)"}
DIMENSIONS = [*FILTERS, *INTERVALS]
# Groupings the summary measures are made of (named as in the cube, so cube.summary reads either): grouped in
# the same scan as the counts, one pass over the rows instead of a second scan with FILTER aggregates.
SUMMARY_COLUMNS = {
    "_totaal": "''",
    "_binnen_termijn": f"CASE WHEN {_FORMAL} THEN binnen_termijn::VARCHAR END",
    "_conclusie_formeel": f"CASE WHEN {_FORMAL} THEN conclusie END",
    # handling times as histograms: the medians are read from them (one scan instead of a second pass)
    "_duur_formeel": f"CASE WHEN {_FORMAL} THEN behandelduur_dagen END",
    "_duur_informeel": "CASE WHEN formeel_informeel = 'informeel' THEN behandelduur_dagen END",
}
SUMMARY_GROUPS = ["formeel_informeel", *SUMMARY_COLUMNS]


def _measures(row) -> dict:
    out = dict(zip(MEASURE_NAMES, row, strict=False))
    for key in MEASURE_NAMES:
        if out[key] is not None:
            out[key] = float(out[key]) if key in _RATES else int(out[key])
    return out


def _sorted(pairs) -> list[tuple[str, int]]:
    return sorted(((code, int(n)) for code, n in pairs if code is not None), key=lambda p: (-p[1], p[0]))


def _column(name: str) -> str:
    if name in LIST_FACETS:
        return "themas_mask"
    return INTERVALS.get(name) or SUMMARY_COLUMNS.get(name) or FILTERS[name][0]


def _scan(names, source: str, args, counts: list[str]) -> dict[str, list]:
    """One GROUPING SETS scan over `source`: {name: [(value, count_0, count_1, ...)]}."""
    width = len(names)
    cols = ", ".join(f"c{i}" for i in range(width))
    aliased = ", ".join(f"{_column(n)} AS c{i}" for i, n in enumerate(names))
    groupings = ", ".join(f"GROUPING(c{i})" for i in range(width))
    sets = ", ".join(f"(c{i})" for i in range(width))
    sql = (
        f"SELECT {cols}, {groupings}, {', '.join(counts)} FROM (SELECT {aliased}, * FROM {source}) "
        f"GROUP BY GROUPING SETS ({sets})"
    )
    buckets: dict[str, list] = {n: [] for n in names}
    for row in store.connection().execute(sql, args).fetchall():
        for i, name in enumerate(names):
            if row[width + i] == 0:
                buckets[name].append((row[i], *row[2 * width :]))
                break
    return buckets


def _finish(name: str, pairs) -> list:
    """Value/count pairs of one dimension, in the shape callers get (themes expanded from bitmasks)."""
    if name in SUMMARY_COLUMNS:
        return pairs
    if name in LIST_FACETS:
        bits = store.theme_bits().items()
        return [
            p
            for p in _sorted((theme, sum(n for mask, n in pairs if mask and mask & bit)) for theme, bit in bits)
            if p[1]
        ]
    return _sorted((value, n) for value, n in pairs if n)  # groups only other facets' rows reach count 0


def _grouped_counts(names, filters: Filters, skip: str | None = None, stems=()) -> dict[str, list]:
    """Counts per value for several dimensions; `skip` leaves one filter out, `stems` keep only search hits.

    From the generation's mapped columns when it has them (query.columns, milliseconds), else one
    GROUPING SETS scan in DuckDB; both give the same buckets.
    """
    if columns.can_count(names):
        hits = search_hit_table(list(stems)).column("id").combine_chunks() if stems else None
        buckets = columns.grouped(names, filters, skip, hits)
    else:
        buckets = _scan_sql(names, filters, skip, stems)
    return {name: _finish(name, rows) for name, rows in buckets.items()}


def _scan_sql(names, filters: Filters, skip: str | None, stems) -> dict[str, list]:
    where, args = filters.where(skip=skip)
    if not stems:
        return _scan(list(names), f"klachten WHERE {where}", list(args), ["count(*)"])
    with search_hits(list(stems)) as hits:
        source = f"klachten SEMI JOIN {hits} h ON h.id = klachten.id"
        return _scan(list(names), f"{source} WHERE {where}", list(args), ["count(*)"])


def _summary_from(counts: dict[str, list]) -> dict:
    """The measures from the SUMMARY_GROUPS counts of one scan (removed from `counts`, except formeel_informeel)."""
    by_dimension = {name: counts.pop(name) for name in SUMMARY_COLUMNS}
    by_dimension["formeel_informeel"] = counts["formeel_informeel"]
    return cube.summary(by_dimension, by_dimension.pop("_totaal"))


def _from_cube(filters: Filters) -> dict:
    by_dimension, months = cube.counts(filters)
    result = cube.summary(by_dimension, months)
    result["maanden"] = months
    result["counts"] = {name: _sorted((v, n) for v, n in by_dimension.get(name, []) if n) for name in FILTERS}
    return result


@store.cached
def summary(filters: Filters) -> dict:
    if cube.eligible(filters):
        result = _from_cube(filters)
        del result["maanden"], result["counts"]
        return result
    return _summary_from(_grouped_counts(SUMMARY_GROUPS, filters))


@store.cached
def overview(filters: Filters) -> dict:
    """The figures of one selection: totals, rates, counts per filter and the monthly trend."""
    if cube.eligible(filters):
        return _from_cube(filters)
    counts = _grouped_counts([*FILTERS, "maand", *SUMMARY_COLUMNS], filters)
    result = _summary_from(counts)
    result["maanden"] = sorted(counts.pop("maand"))
    result["counts"] = counts
    return result


@store.cached
def facets(filters: Filters, q: str = "") -> dict[str, list[tuple[str, int]]]:
    """Each filter's values with counts; a filter's own selection is ignored so its other values stay choosable.

    One scan for the filters that are not in use, one per filter in use. (A single scan with a flag per
    active filter was measured 2-3x slower at 1M rows: it cannot skip rows that fail two filters early.)
    With a search phrase `q` the counts are over the complaints that match it (as search() finds them).
    """
    stems = query_stems(q)
    if cube.eligible(filters) and not stems:
        result = {name: _sorted(pairs) for name, pairs in cube.counts(filters, dimensions=list(FILTERS))[0].items()}
        for name in filters.active:
            own = cube.counts(filters, skip=name, dimensions=[name])[0]
            result[name] = _sorted(own.get(name, []))
        return {name: result.get(name, []) for name in FILTERS}
    free = [n for n in FILTERS if n not in filters.active]
    result = _grouped_counts(free, filters, stems=stems) if free else {}
    for name in filters.active:
        if not stems and cube.eligible(_without(filters, name)):  # e.g. tweedelijns within type ombudsman
            result[name] = _sorted(cube.counts(filters, skip=name, dimensions=[name])[0].get(name, []))
            continue
        result.update(_grouped_counts([name], filters, skip=name, stems=stems))
    return {name: result[name] for name in FILTERS}


@store.cached
def theme_counts(filters: Filters, codes: tuple[str, ...]) -> dict[str, int]:
    """{theme: n} for a few themes, as facets(filters)["thema"] counts them (themes with n = 0 left out).

    Search suggestions need two or three theme counts; the whole facet set of a selection the cube cannot
    answer is a scan grouping every filter (~40 ms at 1M complaints), this is one pass with a count per theme.
    """
    if cube.eligible(filters):
        return {code: n for code, n in facets(filters).get("thema", []) if code in codes}
    bits = store.theme_bits()
    known = [code for code in dict.fromkeys(codes) if code in bits]
    if not known:
        return {}
    if columns.can_count(["thema"]):
        counted = dict(_grouped_counts(["thema"], filters, skip="thema")["thema"])
        return {code: counted[code] for code in known if counted.get(code)}
    where, args = filters.where(skip="thema")  # like the facet: a theme filter does not narrow its own counts
    counts = ", ".join(f"count(*) FILTER (WHERE themas_mask & {bits[code]}::UBIGINT <> 0)" for code in known)
    found = store.connection().execute(f"SELECT {counts} FROM klachten WHERE {where}", args).fetchall()[0]
    return {code: int(n) for code, n in zip(known, found, strict=True) if n}


def codes_in_use(name: str) -> frozenset[str] | None:
    """The values of a filter that complaints have: the codes facets(Filters())[name] lists, without counting.

    None when only counting can tell (organisatie without the mapped columns: the organisations table also
    lists organisations without published complaints).
    """
    if FILTERS[name][1]:
        return frozenset(store.theme_bits())
    cols = columns.current()
    if cols is not None:  # an ENUM's values are the distinct non-empty values of its column
        return frozenset(cols.values[FILTERS[name][0]])
    return None if name == "organisatie" else store.present_values(name)


def _without(filters: Filters, name: str) -> Filters:
    """The same selection without one filter (what that filter's own facet counts over)."""
    return Filters(
        include={k: v for k, v in filters.include.items() if k != name},
        exclude={k: v for k, v in filters.exclude.items() if k != name},
        van=filters.van,
        tot=filters.tot,
    )


@store.cached
def timeseries(filters: Filters, interval: str = "maand") -> list[tuple[str, int]]:
    if interval not in INTERVALS:
        raise InvalidFilter("Onbekend interval. Kies maand of jaar.")
    if cube.eligible(filters):
        months = cube.counts(filters, dimensions=["_totaal"])[1]
        if interval == "maand":
            return months
        years: dict[str, int] = {}
        for month, n in months:
            years[month[:4]] = years.get(month[:4], 0) + n
        return sorted(years.items())
    return sorted(_grouped_counts([interval], filters)[interval])


@store.cached
def statistics(filters: Filters, dimension: str) -> list[dict]:
    """The measures per value of one dimension (a filter name, `maand` or `jaar`)."""
    if dimension not in DIMENSIONS:
        raise InvalidFilter("Onbekende dimensie. Kies uit: " + ", ".join(DIMENSIONS) + ".")
    where, args = filters.where()
    if dimension in INTERVALS:
        source, key = f"(SELECT *, {INTERVALS[dimension]} AS waarde FROM klachten WHERE {where})", "waarde"
    elif FILTERS[dimension][1]:
        source = f"(SELECT *, unnest({FILTERS[dimension][0]}) AS waarde FROM klachten WHERE {where})"
        key = "waarde"
    else:
        source, key = f"(SELECT *, {FILTERS[dimension][0]} AS waarde FROM klachten WHERE {where})", "waarde"
    sql = f"SELECT {key}, {MEASURES} FROM {source} WHERE {key} IS NOT NULL GROUP BY {key} ORDER BY {key}"
    rows = store.connection().execute(sql, args).fetchall()
    return [{"waarde": row[0], **_measures(row[1:])} for row in rows]
