"""Validation of the control parameters (paging, sorting, search phrase) shared by the site and the API."""

from openklachten.publication.query import defaults
from openklachten.publication.query.errors import InvalidFilter

SORTS = ("relevantie", "datum", "datum_oud")


def _one(params, name: str, default: str) -> str:
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)] if name in params else []
    if len(values) > 1:
        raise InvalidFilter(f"Geef '{name}' maar één keer op.")
    return str(values[0]) if values and values[0] not in (None, "") else default


def _number(params, name: str, default: int, high: int) -> int:
    raw = _one(params, name, str(default))
    if not raw.isdigit() or len(raw) > 6 or not 1 <= int(raw) <= high:
        raise InvalidFilter(f"'{name}' moet een geheel getal van 1 tot en met {high} zijn.")
    return int(raw)


def page(params) -> int:
    return _number(params, "_pagina", 1, defaults.MAX_PAGE)


def size(params) -> int:
    return _number(params, "_grootte", defaults.DEFAULT_PAGE_SIZE, defaults.MAX_PAGE_SIZE)


def query(params) -> str:
    q = _one(params, "q", "").strip()
    if len(q) > defaults.MAX_QUERY_LENGTH:
        raise InvalidFilter(f"De zoekterm is te lang (maximaal {defaults.MAX_QUERY_LENGTH} tekens).")
    return q


def sort(params, q: str = "") -> str:
    chosen = _one(params, "_sort", "relevantie" if q else "datum")
    if chosen not in SORTS:
        raise InvalidFilter("Onbekende sortering. Kies uit: " + ", ".join(SORTS) + ".")
    return chosen


def choice(params, name: str, options, default: str) -> str:
    chosen = _one(params, name, default)
    if chosen not in options:
        raise InvalidFilter(f"Onbekende waarde voor '{name}'. Kies uit: " + ", ".join(options) + ".")
    return chosen
