"""Human labels for stored codes, from the standard's code lists (the single source)."""

import csv
import functools
from pathlib import Path

from openklachten.publication.query import vocabulary

REFERENCE = Path(__file__).resolve().parents[2] / "standard" / "data" / "reference" / "organisaties.csv"


@functools.cache
def _gemeenten() -> dict[str, str]:
    if not REFERENCE.is_file():
        return {}
    with REFERENCE.open(encoding="utf-8") as handle:
        return {row["cbs_code"]: row["naam"].removeprefix("Gemeente ") for row in csv.DictReader(handle)
                if row.get("cbs_code")}


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
