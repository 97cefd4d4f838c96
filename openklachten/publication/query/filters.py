"""Filters.from_params: whitelisted, validated dashboard filters, and the SQL they stand for.

Convention (Datasette-like): `naam=waarde` includes, `naam__niet=waarde` excludes, repeat a
parameter for several values. Control parameters start with `_` (plus `q`) and are read by callers.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from openklachten.publication.query import defaults, store, vocabulary
from openklachten.publication.query.errors import InvalidFilter

EXCLUDE_SUFFIX = "__niet"
CONTROL_PARAMS = frozenset(
    {"q", "_sort", "_pagina", "_grootte", "_format", "_dimensie", "_maatstaf", "_maat", "_interval", "_scheiding"}
)
_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _items(params):
    """(key, [values]) pairs from a QueryDict, a dict of str/list, or a list of pairs."""
    if hasattr(params, "getlist"):
        return [(key, params.getlist(key)) for key in params]
    if isinstance(params, dict):
        return [(k, list(v) if isinstance(v, (list, tuple)) else [v]) for k, v in params.items()]
    merged: dict[str, list] = {}
    for key, value in params:
        merged.setdefault(key, []).append(value)
    return list(merged.items())


def parse_date(name: str, raw: str, end: bool) -> dt.date:
    """`JJJJ-MM-DD` or `JJJJ-MM` (the first or, for `tot`, the last day of that month)."""
    try:
        if _MONTH.fullmatch(raw):
            year, month = int(raw[:4]), int(raw[5:])
            day = dt.date(year, month, 1)
            if end:
                day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif _DAY.fullmatch(raw):
            day = dt.date.fromisoformat(raw)
        else:
            raise ValueError
    except ValueError:
        raise InvalidFilter(f"De datum bij '{name}' is geen geldige datum (gebruik JJJJ-MM-DD of JJJJ-MM).") from None
    if not defaults.EARLIEST_YEAR <= day.year <= defaults.LATEST_YEAR:
        raise InvalidFilter(
            f"De datum bij '{name}' valt buiten de periode {defaults.EARLIEST_YEAR}–{defaults.LATEST_YEAR}."
        )
    return day


@dataclass
class Filters:
    include: dict[str, list[str]] = field(default_factory=dict)
    exclude: dict[str, list[str]] = field(default_factory=dict)
    van: dt.date | None = None
    tot: dt.date | None = None

    @classmethod
    def from_params(cls, params, present=None) -> "Filters":
        """Validate request parameters; `present(name)` gives the values in the read model (for known values)."""
        items = _items(params)
        if sum(len(v) for _, v in items) > defaults.MAX_PARAMETERS:
            raise InvalidFilter("De zoekopdracht bevat te veel parameters.")
        filters = cls()
        for key, values in items:
            if key in CONTROL_PARAMS:
                continue
            values = [str(v) for v in values if v not in (None, "")]
            if any(len(v) > defaults.MAX_VALUE_LENGTH for v in values):
                raise InvalidFilter("Een waarde in de zoekopdracht is te lang.")
            if key in ("van", "tot"):
                if len(values) > 1:
                    raise InvalidFilter(f"Geef '{key}' maar één keer op.")
                if values:
                    setattr(filters, key, parse_date(key, values[0], end=key == "tot"))
                continue
            name, target = key, filters.include
            if key.endswith(EXCLUDE_SUFFIX):
                name, target = key[: -len(EXCLUDE_SUFFIX)], filters.exclude
            if name not in vocabulary.FILTERS:
                raise InvalidFilter(
                    "Onbekende parameter in de zoekopdracht. Toegestaan zijn: "
                    + ", ".join(sorted([*vocabulary.FILTERS, "van", "tot", *CONTROL_PARAMS]))
                    + " (filters ook met het achtervoegsel __niet)."
                )
            if len(values) > defaults.MAX_VALUES_PER_FILTER:
                raise InvalidFilter(f"Te veel waarden voor het filter '{name}'.")
            for value in values:
                checked = vocabulary.check(name, value, present or store.present_values)
                if checked not in target.setdefault(name, []):
                    target[name].append(checked)
            if not target.get(name):
                target.pop(name, None)
        if filters.van and filters.tot and filters.van > filters.tot:
            raise InvalidFilter("De begindatum ('van') ligt na de einddatum ('tot').")
        return filters

    @property
    def active(self) -> set[str]:
        return set(self.include) | set(self.exclude)

    def conditions(self) -> tuple[tuple[str, list], dict[str, tuple[str, list]]]:
        """(period condition, {filter name: its condition}): the pieces `where` joins (facets use them apart)."""
        base, base_args = ["TRUE"], []
        if self.van:
            base.append("ontvangstdatum >= ?")
            base_args.append(self.van)
        if self.tot:
            base.append("ontvangstdatum <= ?")
            base_args.append(self.tot)
        per: dict[str, tuple[list, list]] = {}
        for negate, chosen in ((False, self.include), (True, self.exclude)):
            for name, values in chosen.items():
                clauses, args = per.setdefault(name, ([], []))
                column, is_list, _ = vocabulary.FILTERS[name]
                if is_list:  # themes: a bitmask per complaint, one bit per theme that occurs
                    bits = store.theme_bits()
                    mask = sum(bits.get(v, 0) for v in values)
                    clauses.append(f"themas_mask & {mask}::UBIGINT {'=' if negate else '<>'} 0")
                    continue
                marks = ", ".join("?" * len(values))
                # Exclusion keeps NULLs; `NOT coalesce(x IN ..)` is one predicate, ~2x faster than `x IS NULL OR ..`.
                clauses.append(f"NOT coalesce({column} IN ({marks}), FALSE)" if negate else f"{column} IN ({marks})")
                args.extend(values)
        return (" AND ".join(base), base_args), {
            name: ("(" + " AND ".join(clauses) + ")", args) for name, (clauses, args) in per.items()
        }

    def where(self, skip: str | None = None) -> tuple[str, list]:
        """SQL condition and its parameters; `skip` leaves one filter out (facet counts)."""
        (sql, args), per = self.conditions()
        clauses, args = [sql], list(args)
        for name, (clause, clause_args) in per.items():
            if name != skip:
                clauses.append(clause)
                args.extend(clause_args)
        return " AND ".join(clauses), args

    def to_params(self) -> list[tuple[str, str]]:
        """The parameters that reproduce these filters (for links: paging, downloads)."""
        pairs: list[tuple[str, str]] = []
        if self.van:
            pairs.append(("van", self.van.isoformat()))
        if self.tot:
            pairs.append(("tot", self.tot.isoformat()))
        for name, values in self.include.items():
            pairs.extend((name, v) for v in values)
        for name, values in self.exclude.items():
            pairs.extend((name + EXCLUDE_SUFFIX, v) for v in values)
        return pairs
