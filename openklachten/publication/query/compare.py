"""Compare organisations fairly: per 10,000 inhabitants, uphold rate and term compliance, with a minimum size."""

import csv
import functools

from openklachten.publication import geodata
from openklachten.publication.query import cube, defaults, store
from openklachten.publication.query.aggregates import MEASURE_NAMES, MEASURES, _measures
from openklachten.publication.query.filters import Filters


@functools.lru_cache(maxsize=4)
def _population_for(path: str, mtime: float) -> dict[str, int]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {
            row["gemeentecode"].strip().upper(): int(row["inwoners"])
            for row in csv.DictReader(handle)
            if row.get("inwoners", "").strip().isdigit()
        }


def population() -> dict[str, int]:
    """CBS code -> inhabitants (see `publication.geodata`); {} when there is no file (rates are then None)."""
    path = geodata.population_file()
    return _population_for(str(path), path.stat().st_mtime) if path else {}


def _rows_from_scan(filters: Filters) -> list[tuple]:
    where, args = filters.where()
    sql = (
        f"SELECT organisatie, any_value(organisatie_naam), any_value(organisatie_type), any_value(cbs_code), "
        f"{MEASURES} FROM klachten WHERE {where} GROUP BY organisatie ORDER BY 2, 1"
    )
    return [
        (*row[:4], _measures(row[4 : 4 + len(MEASURE_NAMES)]))
        for row in store.connection().execute(sql, args).fetchall()
    ]


CUBE_MEASURES = [
    "_totaal",
    "formeel_informeel",
    "_binnen_termijn",
    "_conclusie_formeel",
    "_duur_formeel",
    "_duur_informeel",
]


def _rows_from_cube(filters: Filters) -> list[tuple]:
    """The same rows from the cube, summed per organisation in DuckDB (one row each, medians included).

    The medians come from the handling-time histograms like cube.median_from_histogram: the first value whose
    running count passes the middle position(s). Summing in SQL instead of Python keeps the page at one small
    result per organisation (the histograms are ~100k cube rows at 1M complaints).
    """
    where, args = cube._where(filters, None)
    marks = ", ".join("?" * len(CUBE_MEASURES))
    upheld = ", ".join("?" * len(defaults.UPHELD))
    judged = ", ".join("?" * len(defaults.JUDGED))
    sql = f"""
        WITH sel AS (
            SELECT organisatie::VARCHAR AS code, dimensie, waarde, sum(n)::BIGINT AS n
            FROM kubus WHERE {where} AND dimensie IN ({marks}) GROUP BY ALL
        ), duur AS (
            SELECT code, dimensie, waarde::INTEGER AS v,
                sum(n) OVER (PARTITION BY code, dimensie ORDER BY waarde::INTEGER
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
                sum(n) OVER (PARTITION BY code, dimensie) AS tot
            FROM sel WHERE dimensie IN ('_duur_formeel', '_duur_informeel')
        ), mediaan AS (
            SELECT code,
                (min(v) FILTER (WHERE dimensie = '_duur_formeel' AND upto > (tot - 1) // 2)
                 + min(v) FILTER (WHERE dimensie = '_duur_formeel' AND upto > tot // 2)) / 2.0 AS formeel,
                (min(v) FILTER (WHERE dimensie = '_duur_informeel' AND upto > (tot - 1) // 2)
                 + min(v) FILTER (WHERE dimensie = '_duur_informeel' AND upto > tot // 2)) / 2.0 AS informeel
            FROM duur GROUP BY code
        )
        SELECT s.code, CASE WHEN any_value(o.code) IS NULL THEN s.code ELSE any_value(o.naam) END,
            any_value(o.type), any_value(o.cbs_code),
            coalesce(sum(n) FILTER (WHERE dimensie = '_totaal'), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = 'formeel_informeel' AND waarde = 'formeel'), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = 'formeel_informeel' AND waarde = 'informeel'), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = '_binnen_termijn' AND waarde = 'true'), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = '_binnen_termijn' AND waarde = 'false'), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = '_conclusie_formeel' AND waarde IN ({upheld})), 0)::BIGINT,
            coalesce(sum(n) FILTER (WHERE dimensie = '_conclusie_formeel' AND waarde IN ({judged})), 0)::BIGINT,
            any_value(m.formeel), any_value(m.informeel)
        FROM sel s LEFT JOIN mediaan m USING (code) LEFT JOIN organisaties o ON o.code = s.code
        GROUP BY s.code
    """
    rows = []
    for code, naam, kind, cbs, total, formal, informal, within, late, up, judge, median, median_informal in (
        store.connection().execute(sql, [*args, *CUBE_MEASURES, *defaults.UPHELD, *defaults.JUDGED]).fetchall()
    ):
        term = within + late
        measures = {
            "total": total,
            "formeel": formal,
            "informeel": informal,
            "binnen_termijn": within / term if term else None,
            "mediaan_behandelduur": median,
            "gegrond": up / judge if judge else None,
            "mediaan_behandelduur_informeel": median_informal,
            "aantal_gegrond": up,
            "aantal_beoordeeld": judge,
            "aantal_binnen_termijn": within,
            "aantal_afgehandeld_formeel": term,
        }
        rows.append((code, naam, kind, cbs, measures))
    return sorted(rows, key=lambda r: (r[1] or "", r[0]))


@store.cached
def compare(filters: Filters) -> list[dict]:
    """One row per organisation in the selection, sorted by name."""
    inhabitants = population()
    out = []
    rows = _rows_from_cube(filters) if cube.eligible(filters) else _rows_from_scan(filters)
    for code, naam, kind, cbs, measures in rows:
        few = measures["total"] < defaults.MIN_COMPLAINTS_FOR_RATE
        count = inhabitants.get((cbs or "").upper()) if kind == "gemeente" else None
        per = measures["total"] * defaults.PER_INHABITANTS / count if count else None
        if few:
            measures.update(
                binnen_termijn=None, gegrond=None, mediaan_behandelduur=None, mediaan_behandelduur_informeel=None
            )
        out.append(
            {
                "organisatie": code,
                "naam": naam,
                "type": kind,
                "cbs_code": cbs,
                **measures,
                "inwoners": count,
                "per_10000": None if few or per is None else round(per, 2),
                "te_weinig_klachten": few,
            }
        )
    return out
