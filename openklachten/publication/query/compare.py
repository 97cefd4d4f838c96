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
    """The same rows from the cube: per organisation, the counts that the measures are made of."""
    where, args = cube._where(filters, None)
    marks = ", ".join("?" * len(CUBE_MEASURES))
    con = store.connection()
    counts: dict[str, dict[str, list]] = {}
    for code, dimension, value, month, n in con.execute(
        f"SELECT organisatie::VARCHAR, dimensie, waarde, CASE WHEN dimensie = '_totaal' THEN maand END, "
        f"sum(n)::BIGINT FROM kubus WHERE {where} AND dimensie IN ({marks}) GROUP BY ALL",
        [*args, *CUBE_MEASURES],
    ).fetchall():
        counts.setdefault(code, {}).setdefault(dimension, []).append((month if dimension == "_totaal" else value, n))
    names = {
        code: (naam, kind, cbs)
        for code, naam, kind, cbs in con.execute("SELECT code, naam, type, cbs_code FROM organisaties").fetchall()
    }
    rows = []
    for code, by_dimension in counts.items():
        months = by_dimension.pop("_totaal", [])
        measures = cube.summary(by_dimension, months)
        naam, kind, cbs = names.get(code, (code, None, None))
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
