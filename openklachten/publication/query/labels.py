"""Human labels for stored codes, from the standard's code lists and reference lists (the single source)."""

import functools

from openklachten.publication.query import vocabulary
from openklachten.standard import reference


@functools.cache
def _gemeenten() -> dict[str, str]:
    """CBS code -> gemeente name as shown ("Amsterdam"), from the standard's organisation reference list."""
    return {
        organisation.cbs_code: organisation.naam.removeprefix("Gemeente ")
        for organisation in reference.organisations()
        if organisation.cbs_code
    }


def label(name: str, code) -> str:
    """The label of a filter value; the code itself when no list knows it."""
    if code in (None, ""):
        return "Onbekend"
    code = str(code)
    if name == "woonplaats_klager":
        return _gemeenten().get(code.upper(), code)
    if name in vocabulary.FILTERS:
        return vocabulary.known_codes(name).get(code, code)
    return code
