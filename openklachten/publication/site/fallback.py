"""A small in-Python stand-in for publication.query, used only while that module is absent.

It follows the contract in docs/architecture.md (Filters.from_params -> InvalidFilter, overview,
facets, search, timeseries, compare, get) over Complaint.published, in memory. It is meant for
development and small test databases; the real engine is the columnar read model.
"""

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from openklachten.publication.site import labels

# Filter parameter -> record field. Exclusion: the same name with the suffix __niet.
FILTER_FIELDS = {
    "organisatie_type": "organisatie_type",
    "organisatie": "organisatie",
    "thema": "themas",
    "iv3_taakveld": "iv3_taakveld",
    "ontvangwijze": "ontvangwijze",
    "formeel_informeel": "formeel_informeel",
    "eerstelijns_tweedelijns": "eerstelijns_tweedelijns",
    "status": "status",
    "conclusie": "conclusie",
    "afdoeningswijze": "afdoeningswijze",
    "oorzaak": "oorzaak",
    "woonplaats_klager": "woonplaats_klager",
    "leeftijdsgroep": "leeftijdsgroep",
    "type_klager": "type_klager",
}
EXCLUDE_SUFFIX = "__niet"
CONTROL = {"q", "_sort", "_pagina", "_grootte", "_format", "_dimensie", "_maatstaf", "_interval"}
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
MAX_VALUES = 50  # values per filter: more than any code list has
SORTS = {"datum": "-ontvangstdatum", "datum_oud": "ontvangstdatum", "relevantie": "relevantie"}
TEXT_FIELDS = ("gedraging", "bevindingen", "oordeel_klacht", "oordeel_klachtbehandeling", "aanbevelingen",
               "herstelmaatregelen", "wet_en_regelgeving", "bijzonderheden_bestuursorgaan")


class InvalidFilter(ValueError):
    """A parameter the site cannot answer; the message is Dutch and safe to show."""


def _date(name: str, raw: str, end: bool) -> dt.date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}", raw):
            year, month = map(int, raw.split("-"))
            day = dt.date(year, month, 1)
            if end:
                day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            day = dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidFilter(f"De datum bij '{name}' is geen geldige datum (gebruik JJJJ-MM-DD of JJJJ-MM).") from None
    if not EARLIEST <= day <= LATEST:
        raise InvalidFilter(f"De datum bij '{name}' valt buiten de periode 1990–2100.")
    return day


@dataclass
class Filters:
    include: dict[str, list[str]] = field(default_factory=dict)
    exclude: dict[str, list[str]] = field(default_factory=dict)
    van: dt.date | None = None
    tot: dt.date | None = None

    @classmethod
    def from_params(cls, params) -> "Filters":
        filters = cls()
        for key in params:
            values = [v for v in params.getlist(key)] if hasattr(params, "getlist") else [params[key]]
            if key in CONTROL:
                continue
            if key in ("van", "tot"):
                if values and values[-1]:
                    setattr(filters, key, _date(key, values[-1], end=key == "tot"))
                continue
            name, target = key, filters.include
            if key.endswith(EXCLUDE_SUFFIX):
                name, target = key[: -len(EXCLUDE_SUFFIX)], filters.exclude
            if name not in FILTER_FIELDS:
                raise InvalidFilter("Onbekend filter in de zoekopdracht.")
            values = [v for v in values if v]
            if len(values) > MAX_VALUES:
                raise InvalidFilter("Te veel waarden in één filter.")
            known = labels.codes(FILTER_FIELDS[name])
            for value in values:
                if len(value) > 100 or (known and value not in known):
                    raise InvalidFilter(f"Onbekende waarde voor het filter '{name}'.")
            if values:
                target.setdefault(name, []).extend(values)
        if filters.van and filters.tot and filters.van > filters.tot:
            raise InvalidFilter("De begindatum ligt na de einddatum.")
        return filters


def _rows():
    from openklachten.registry.models import Complaint

    rows = []
    for c in Complaint.published.select_related("organisation"):
        row = {name: getattr(c, name) for name in (
            "public_id", "ontvangstdatum", "datum_afhandeling", "ontvangwijze", "status", "formeel_informeel",
            "eerstelijns_tweedelijns", "type_klager", "woonplaats_klager", "leeftijdsgroep", "themas",
            "iv3_taakveld", "oorzaak", "conclusie", "afdoeningswijze", "behandelduur_dagen", "binnen_termijn",
            "klacht_key", "gerelateerde_klacht_key", "termijn_dagen", "verdaagd", "adviescommissie",
            "bestuursorgaan_naam", "organisatieonderdeel", "tekst_achtergehouden", *TEXT_FIELDS)}
        row.update(organisatie=c.organisation.code, organisatie_naam=c.organisation.name,
                   organisatie_type=c.organisation.type, cbs_code=c.organisation.cbs_code)
        rows.append(row)
    return rows


def _values(row, name):
    value = row[FILTER_FIELDS[name]]
    return value if isinstance(value, list) else [value]


def _match(row, filters: Filters, skip: str | None = None) -> bool:
    if filters.van and row["ontvangstdatum"] < filters.van:
        return False
    if filters.tot and row["ontvangstdatum"] > filters.tot:
        return False
    for name, wanted in filters.include.items():
        if name != skip and not set(_values(row, name)) & set(wanted):
            return False
    return not any(set(_values(row, n)) & set(unwanted) for n, unwanted in filters.exclude.items())


def _selected(filters, skip=None):
    return [r for r in _rows() if _match(r, filters, skip)]


def _summary(rows) -> dict:
    durations = [r["behandelduur_dagen"] for r in rows if r["behandelduur_dagen"] is not None]
    judged = [r["binnen_termijn"] for r in rows if r["binnen_termijn"] is not None]
    concluded = [r for r in rows if r["conclusie"] in ("gegrond", "deels-gegrond", "ongegrond")]
    return {
        "total": len(rows),
        "binnen_termijn": sum(judged) / len(judged) if judged else None,
        "mediaan_behandelduur": statistics.median(durations) if durations else None,
        "gegrond": (sum(r["conclusie"] in ("gegrond", "deels-gegrond") for r in concluded) / len(concluded))
        if concluded else None,
    }


def _count(rows, name):
    return Counter(v for r in rows for v in _values(r, name) if v).most_common()


def overview(filters: Filters) -> dict:
    rows = _selected(filters)
    result = _summary(rows)
    result["counts"] = {name: _count(rows, name) for name in FILTER_FIELDS}
    return result


def facets(filters: Filters) -> dict:
    return {name: _count(_selected(filters, skip=name), name) for name in FILTER_FIELDS}


def timeseries(filters: Filters) -> list[tuple[str, int]]:
    return sorted(Counter(r["ontvangstdatum"].strftime("%Y-%m") for r in _selected(filters)).items())


def search(filters: Filters, q: str = "", sort: str = "relevantie", page: int = 1, size: int = 20) -> dict:
    rows = _selected(filters)
    words = [w.lower() for w in re.findall(r"\w+", q or "")]
    if words:
        rows = [r for r in rows if all(any(w in (r[f] or "").lower() for f in TEXT_FIELDS) for w in words)]
    rows.sort(key=lambda r: (r["ontvangstdatum"], r["public_id"]), reverse=sort != "datum_oud")
    start = (page - 1) * size
    return {"total": len(rows), "results": rows[start:start + size], "terms": words}


def compare(filters: Filters) -> list[dict]:
    by_org: dict[str, list] = {}
    for r in _selected(filters):
        by_org.setdefault(r["organisatie"], []).append(r)
    out = []
    for code, rows in by_org.items():
        first = rows[0]
        out.append({"organisatie": code, "naam": first["organisatie_naam"], "type": first["organisatie_type"],
                    "cbs_code": first["cbs_code"], **_summary(rows)})
    return sorted(out, key=lambda o: o["naam"])


def get(public_id: str) -> dict | None:
    rows = _rows()
    found = next((r for r in rows if r["public_id"] == public_id), None)
    if found is None:
        return None
    found["keten"] = [r for r in rows if r["public_id"] != public_id and (
        (found["gerelateerde_klacht_key"] and r["klacht_key"] == found["gerelateerde_klacht_key"])
        or r["gerelateerde_klacht_key"] == found["klacht_key"])]
    return found
