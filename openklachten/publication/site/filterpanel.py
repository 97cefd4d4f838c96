"""The filter panel: which filters exist, their values with counts, and the URLs that change them.

The panel is a plain GET form so it works without JavaScript and every selection is a URL.
"""

import functools
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from django.utils.safestring import SafeString, mark_safe

from openklachten.publication.site import labels
from openklachten.publication.site.charts.svg import number
from openklachten.publication.site.figures import FACET_FIELDS

EXCLUDE_SUFFIX = "__niet"
# Parameter name -> heading, in the order a journalist narrows down: who, what, how, outcome, who complained.
FILTERS = {
    "organisatie_type": "Soort organisatie",
    "organisatie": "Organisatie",
    "thema": "Thema",
    "iv3_taakveld": "Iv3-taakveld",
    "ontvangwijze": "Kanaal",
    "formeel_informeel": "Formeel of informeel",
    "eerstelijns_tweedelijns": "Eerstelijns of tweedelijns",
    "status": "Status",
    "conclusie": "Conclusie",
    "afdoeningswijze": "Afdoeningswijze",
    "oorzaak": "Oorzaak",
    "woonplaats_klager": "Woonplaats klager",
    "leeftijdsgroep": "Leeftijdsgroep",
    "type_klager": "Type klager",
}
ORGANISATION_TYPES = {
    "gemeente": "Gemeente",
    "provincie": "Provincie",
    "waterschap": "Waterschap",
    "ministerie": "Ministerie",
    "zbo": "Zelfstandig bestuursorgaan",
    "ombudsman": "Ombudsman",
    "overig": "Overig",
}
MAX_SHOWN = 400  # values per filter in the panel: every gemeente fits; beyond that the list is unusable anyway
SEARCHABLE_FROM = 12  # a list this long gets a search box (site.js): finding "Den Haag" among 80+ by eye is slow
# A list longer than this (organisations, woonplaatsen: 80-340 values, ~400 bytes of markup each, 160 KB per page)
# shows its largest values and the chosen ones as checkboxes, the rest through a text field with a datalist: the
# browser suggests while typing, without JavaScript; the server turns the chosen name into its code (canonical).
COMPACT_FROM = 50
COMPACT_SHOWN = 10  # the largest values stay one click away


@dataclass
class Option:
    code: str
    label: str
    count: int
    included: bool
    excluded: bool


@dataclass
class Group:
    name: str
    title: str
    options: list[Option]

    @property
    def compact(self) -> bool:
        return len(self.options) > COMPACT_FROM

    @property
    def searchable(self) -> bool:
        return SEARCHABLE_FROM <= len(self.options) and not self.compact  # a compact list has its own field

    @property
    def shown(self) -> list[Option]:
        if not self.compact:
            return self.options
        return [o for i, o in enumerate(self.options) if i < COMPACT_SHOWN or o.included or o.excluded]

    def lookup_html(self) -> SafeString:
        """The text field and datalist of a compact group: every value by name, the count omitted to stay small."""
        if not self.compact:
            return mark_safe("")
        options = "".join(f'<option value="{escape(o.label)}">' for o in self.options)
        return mark_safe(
            f'<label for="f-{self.name}-naam">Andere {escape(self.title.lower())} (typ een naam)</label>'
            f'<input id="f-{self.name}-naam" name="{self.name}" list="dl-{self.name}" autocomplete="off">'
            f'<datalist id="dl-{self.name}">{options}</datalist>'
        )

    @property
    def active(self) -> bool:
        return any(o.included or o.excluded for o in self.options)

    def options_html(self) -> SafeString:
        """The option rows, built here rather than in a template loop: a gemeente list has 342 of them."""
        rows = []
        for i, o in enumerate(self.shown, start=1):
            code, label = escape(o.code), escape(o.label)
            rows.append(
                f'<li><input type="checkbox" id="f-{self.name}-{i}" name="{self.name}" value="{code}"'
                f"{' checked' if o.included else ''}>"
                f'<label for="f-{self.name}-{i}">{label} <span class="count">({number(o.count)})</span></label>'
                f'<span class="exclude"><input type="checkbox" id="x-{self.name}-{i}"'
                f' name="{self.name}{EXCLUDE_SUFFIX}"'
                f' value="{code}"{" checked" if o.excluded else ""}>'
                f'<label for="x-{self.name}-{i}">niet<span class="visually-hidden"> {label} (uitsluiten)</span></label>'
                f"</span></li>"
            )
        return mark_safe("".join(rows))


@functools.lru_cache(maxsize=1024)
def _aliases(code: str) -> tuple[str, ...]:
    """Other names an organisation goes by (Den Haag for Gemeente 's-Gravenhage), from the reference list."""
    from openklachten.standard import reference

    found = reference.organisation(code)
    return tuple(a for a in (found.aliassen if found else ()) if a)


def value_label(name: str, code: str, org_names: dict[str, str]) -> str:
    if name == "organisatie":
        aliases = _aliases(code)
        official = org_names.get(code, code)
        return f"{official} ({', '.join(aliases)})" if aliases else official
    if name == "organisatie_type":
        return ORGANISATION_TYPES.get(code, code)
    return labels.label(FACET_FIELDS.get(name, name), code)


def build(params, facet_counts: dict, org_names: dict[str, str]) -> list[Group]:
    groups = []
    for name, title in FILTERS.items():
        included = set(params.getlist(name))
        excluded = set(params.getlist(name + EXCLUDE_SUFFIX))
        counts = dict(facet_counts.get(name, []))
        codes = list(counts) + [c for c in sorted(included | excluded) if c not in counts]
        options = [
            Option(code, value_label(name, code, org_names), counts.get(code, 0), code in included, code in excluded)
            for code in codes[:MAX_SHOWN]
        ]
        options.sort(key=lambda o: (-o.count, o.label))
        groups.append(Group(name, title, options))
    return groups


def by_name(params, facet_counts: dict, org_names: dict[str, str]):
    """The parameters with names typed into a compact group's field replaced by their codes, or None if none was.

    A value that is a code stays; one that equals a value's label, official name or alias (any case) becomes
    that code; anything else is left for the query layer to refuse with its Dutch message.
    """
    changed, pairs = False, []
    for key in params:
        for value in params.getlist(key):
            name = key if key in FILTERS else None
            counts = dict(facet_counts.get(name, [])) if name else {}
            if name and value and value not in counts:
                wanted = value.strip().casefold()
                for code in counts:
                    names = {value_label(name, code, org_names), org_names.get(code, ""), *_aliases(code)}
                    if wanted in {n.casefold() for n in names if n}:
                        value, changed = code, True
                        break
            pairs.append((key, value))
    return urlencode(pairs) if changed else None


def active_filters(params, org_names: dict[str, str]) -> list[dict]:
    """Chips for the selection, each with the URL that removes it (works without JavaScript)."""
    chips = []
    pairs = [(k, v) for k in params for v in params.getlist(k)]
    for key, value in pairs:
        if not value or key.startswith("_") or key == "q":
            continue
        name = key.removesuffix(EXCLUDE_SUFFIX)
        if key in ("van", "tot"):
            text = f"{'Vanaf' if key == 'van' else 'Tot en met'} {value}"
        elif name in FILTERS:
            prefix = "niet " if key.endswith(EXCLUDE_SUFFIX) else ""
            text = f"{FILTERS[name]}: {prefix}{value_label(name, value, org_names)}"
        else:
            continue
        rest = [(k, v) for k, v in pairs if (k, v) != (key, value) and not k.startswith("_pagina")]
        chips.append({"text": text, "remove_url": "?" + urlencode(rest)})
    return chips


def hidden_inputs(params) -> SafeString:
    """The current filters as hidden fields, for forms that change something else (search box, sort, measure)."""
    names = set(FILTERS) | {n + EXCLUDE_SUFFIX for n in FILTERS} | {"van", "tot"}
    return mark_safe(
        "".join(
            f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
            for k in params
            if k in names
            for v in params.getlist(k)
            if v
        )
    )


def query_string(params, drop: tuple[str, ...] = ()) -> str:
    """The current filters as a query string, without the given control parameters."""
    return urlencode([(k, v) for k in params for v in params.getlist(k) if k not in drop and v])
