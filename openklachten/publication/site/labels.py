"""Human labels for stored codes: the code lists of the standard are the single source.

Reads standard/data/codelists/*.csv directly (they are the source of truth the standard's own
loader also reads), so the site does not depend on which helper functions the standard exposes.
"""

import csv
import functools
from pathlib import Path

CODELIST_DIR = Path(__file__).resolve().parent.parent.parent / "standard" / "data" / "codelists"

# Record field -> code lists whose labels apply (afdoeningswijze has two lists: organisation and ombudsman).
FIELD_CODELISTS = {
    "ontvangwijze": ("ontvangwijze",),
    "status": ("status",),
    "formeel_informeel": ("formeel_informeel",),
    "eerstelijns_tweedelijns": ("eerstelijns_tweedelijns",),
    "type_klager": ("type_klager",),
    "leeftijdsgroep": ("leeftijdsgroep",),
    "oorzaak": ("oorzaak",),
    "conclusie": ("conclusie",),
    "afdoeningswijze": ("afdoeningswijze_bestuursorgaan", "afdoeningswijze_ombudsman"),
    "themas": ("themas",),
    "thema": ("themas",),
    "iv3_taakveld": ("iv3_taakveld",),
}


@functools.cache
def _codelist(name: str) -> dict[str, str]:
    path = CODELIST_DIR / f"{name}.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["code"]: row["label"] for row in csv.DictReader(handle)}


def _gemeenten() -> dict[str, str]:
    from openklachten.publication.site import geo

    return geo.gemeente_names()


def label(field: str, code) -> str:
    """The label for one stored value; the code itself (humanised) when no list knows it."""
    if code in (None, ""):
        return "Onbekend"
    code = str(code)
    for name in FIELD_CODELISTS.get(field, ()):
        found = _codelist(name).get(code)
        if found:
            # Iv3 labels are short ("Burgerzaken") and only meaningful with their number.
            return f"{code} {found}" if field == "iv3_taakveld" else found
    if field == "woonplaats_klager":
        return _gemeenten().get(code.upper(), code)
    return code.replace("-", " ").capitalize()


def codes(field: str) -> list[str]:
    """Every code of a field's code lists, in list order (used to validate and to show empty values)."""
    seen: dict[str, None] = {}
    for name in FIELD_CODELISTS.get(field, ()):
        seen.update(dict.fromkeys(_codelist(name)))
    return list(seen)
