"""Which values each filter accepts: the standard's code lists plus the values present in the read model."""

import functools
import re

from openklachten.publication.query.errors import InvalidFilter

# Filter parameter -> (read-model column, is a list column, code lists of the standard).
FILTERS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "organisatie_type": ("organisatie_type", False, ()),
    "organisatie": ("organisatie", False, ()),
    "thema": ("themas", True, ("themas",)),
    "iv3_taakveld": ("iv3_taakveld", False, ("iv3_taakveld",)),
    "ontvangwijze": ("ontvangwijze", False, ("ontvangwijze",)),
    "formeel_informeel": ("formeel_informeel", False, ("formeel_informeel",)),
    "eerstelijns_tweedelijns": ("eerstelijns_tweedelijns", False, ("eerstelijns_tweedelijns",)),
    "status": ("status", False, ("status",)),
    "conclusie": ("conclusie", False, ("conclusie",)),
    "afdoeningswijze": ("afdoeningswijze", False, ("afdoeningswijze_bestuursorgaan", "afdoeningswijze_ombudsman")),
    "oorzaak": ("oorzaak", False, ("oorzaak",)),
    "woonplaats_klager": ("woonplaats_klager", False, ()),
    "leeftijdsgroep": ("leeftijdsgroep", False, ("leeftijdsgroep",)),
    "type_klager": ("type_klager", False, ("type_klager",)),
}
ORGANISATION_TYPES = {
    "gemeente": "Gemeente",
    "provincie": "Provincie",
    "waterschap": "Waterschap",
    "ministerie": "Ministerie",
    "zbo": "Zelfstandig bestuursorgaan / uitvoeringsorganisatie",
    "ombudsman": "Ombudsman",
    "overig": "Overig",
}
# Values that are valid by their shape even before any complaint uses them.
PATTERNS = {"woonplaats_klager": re.compile(r"GM\d{4}")}
SAFE_VALUE = re.compile(r"[\w.\-]+")


def codelist_codes(name: str) -> dict[str, str]:
    """code -> label of a code list of the standard ({} when the list is unknown)."""
    from openklachten import standard

    try:
        codelist = standard.load().codelist(name)
    except (KeyError, LookupError):
        return {}
    return {item.code: item.label for item in codelist.items}


@functools.cache  # the standard is read once per process (standard.load); a label lookup per value is hot
def known_codes(name: str) -> dict[str, str]:
    """The code -> label map that the standard defines for a filter (shared: do not change it)."""
    if name == "organisatie_type":
        return dict(ORGANISATION_TYPES)
    found: dict[str, str] = {}
    for listname in FILTERS[name][2]:
        for code, label in codelist_codes(listname).items():
            found.setdefault(code, label)
    return found


def check(name: str, value: str, present) -> str:
    """The value as stored, or InvalidFilter; `present(name)` (values in the read model) is asked last."""
    if name == "woonplaats_klager":
        value = value.upper()
    if value in known_codes(name):
        return value
    if not SAFE_VALUE.fullmatch(value):
        raise InvalidFilter(f"Het filter '{name}' bevat een ongeldige waarde.")
    pattern = PATTERNS.get(name)
    if (pattern and pattern.fullmatch(value)) or value in present(name):
        return value
    raise InvalidFilter(f"Onbekende waarde voor het filter '{name}'. Kies een waarde uit de waardelijst.")
