"""API query parameters (lower camelCase, NLGov API Design Rules) -> the query layer's names.

Filters: `conclusie=gegrond`, several values by repeating; exclusion with the suffix `Niet`
(`conclusieNiet=ongegrond`). Controls: `q`, `sorteer`, `pagina`, `paginaGrootte`, `dimensie`, `interval`.
"""

from openklachten.publication.query import InvalidFilter
from openklachten.publication.query.vocabulary import FILTERS


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


FILTER_PARAMS = {camel(name): name for name in FILTERS}  # organisatieType -> organisatie_type
EXCLUDE_SUFFIX = "Niet"
PERIOD_PARAMS = {"van": "van", "tot": "tot"}
CONTROL_PARAMS = {
    "q": "q",
    "sorteer": "_sort",
    "pagina": "_pagina",
    "paginaGrootte": "_grootte",
    "dimensie": "_dimensie",
    "interval": "_interval",
}


def translate(params, allowed_controls=()) -> list[tuple[str, str]]:
    """(query-layer name, value) pairs; InvalidFilter for anything not in the whitelist."""
    pairs = []
    for key in params:
        values = params.getlist(key) if hasattr(params, "getlist") else [params[key]]
        if key in FILTER_PARAMS:
            name = FILTER_PARAMS[key]
        elif key.endswith(EXCLUDE_SUFFIX) and key[: -len(EXCLUDE_SUFFIX)] in FILTER_PARAMS:
            name = FILTER_PARAMS[key[: -len(EXCLUDE_SUFFIX)]] + "__niet"
        elif key in PERIOD_PARAMS:
            name = key
        elif key in CONTROL_PARAMS and key in allowed_controls:
            name = CONTROL_PARAMS[key]
        else:
            allowed = sorted([*FILTER_PARAMS, *PERIOD_PARAMS, *allowed_controls])
            raise InvalidFilter(
                "Onbekende parameter. Toegestaan zijn: "
                + ", ".join(allowed)
                + " (filters ook met het achtervoegsel Niet om uit te sluiten)."
            )
        pairs.extend((name, value) for value in values)
    return pairs


class Params:
    """Translated parameters with a QueryDict-like getlist, for Filters.from_params and query.params."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def __iter__(self):
        return iter(dict.fromkeys(k for k, _ in self._pairs))

    def __contains__(self, key):
        return any(k == key for k, _ in self._pairs)

    def getlist(self, key):
        return [v for k, v in self._pairs if k == key]

    def get(self, key, default=None):
        found = self.getlist(key)
        return found[-1] if found else default
