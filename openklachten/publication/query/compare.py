"""Compare organisations fairly: per 10,000 inhabitants, uphold rate and term compliance, with a minimum size."""

import csv
import functools
from pathlib import Path

from openklachten.publication.query import defaults, store
from openklachten.publication.query.aggregates import MEASURE_NAMES, MEASURES, _measures
from openklachten.publication.query.filters import Filters

POPULATION_FILE = "gemeenten-inwoners.csv"


@functools.lru_cache(maxsize=4)
def _population(path: str) -> dict[str, int]:
    file = Path(path) / POPULATION_FILE
    if not path or not file.is_file():
        return {}
    with file.open(encoding="utf-8-sig") as handle:
        return {row["gemeentecode"].strip().upper(): int(row["inwoners"]) for row in csv.DictReader(handle)
                if row.get("inwoners", "").strip().isdigit()}


def population() -> dict[str, int]:
    """CBS code -> inhabitants, from settings.GEO_DIR; {} when the file is absent (rates are then None)."""
    from django.conf import settings

    geo = getattr(settings, "GEO_DIR", None)
    return _population(str(geo) if geo and str(geo) not in ("", ".") else "")


@store.cached
def compare(filters: Filters) -> list[dict]:
    """One row per organisation in the selection, sorted by name."""
    where, args = filters.where()
    sql = (f"SELECT organisatie, any_value(organisatie_naam), any_value(organisatie_type), any_value(cbs_code), "
           f"{MEASURES} FROM klachten WHERE {where} GROUP BY organisatie ORDER BY 2, 1")
    inhabitants = population()
    out = []
    for row in store.connection().execute(sql, args).fetchall():
        code, naam, kind, cbs = row[:4]
        measures = _measures(row[4:4 + len(MEASURE_NAMES)])
        few = measures["total"] < defaults.MIN_COMPLAINTS_FOR_RATE
        count = inhabitants.get((cbs or "").upper()) if kind == "gemeente" else None
        per = measures["total"] * defaults.PER_INHABITANTS / count if count else None
        if few:
            measures.update(binnen_termijn=None, gegrond=None, mediaan_behandelduur=None)
        out.append({
            "organisatie": code, "naam": naam, "type": kind, "cbs_code": cbs, **measures,
            "inwoners": count, "per_10000": None if few or per is None else round(per, 2),
            "te_weinig_klachten": few,
        })
    return out
