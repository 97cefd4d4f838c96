"""k-anonymity for the structured fields: woonplaats klager, leeftijdsgroep and type klager.

A combination of the three that describes fewer than k complaints in a publication singles people out.
Such records are generalised step by step, only as far as needed, and deterministically:
  1. leeftijdsgroep to a wider band (0-29, 30-64, 65+),
  2. woonplaats_klager suppressed (''),  (the reference list has no provinces to generalise to)
  3. leeftijdsgroep suppressed (''),
  4. type_klager suppressed ('').
Dates of birth are never published: any field named like one is dropped from every record.
"""

from collections import Counter
from collections.abc import Iterable

QUASI_IDENTIFIERS = ("woonplaats_klager", "leeftijdsgroep", "type_klager")
# Wider age bands: the codes of the standard's leeftijdsgroep list merged two or three at a time.
WIDER_AGE = {"0-17": "0-29", "18-29": "0-29", "30-44": "30-64", "45-64": "30-64", "65-74": "65+", "75+": "65+"}
BIRTH_FIELDS = ("geboortedatum", "geboortejaar", "date_of_birth", "geb_datum", "birth_date")


def _widen_age(record: dict) -> None:
    record["leeftijdsgroep"] = WIDER_AGE.get(record.get("leeftijdsgroep") or "", record.get("leeftijdsgroep") or "")


def _suppress(field: str):
    def step(record: dict) -> None:
        record[field] = ""

    return step


STEPS = (_widen_age, _suppress("woonplaats_klager"), _suppress("leeftijdsgroep"), _suppress("type_klager"))


def _key(record: dict) -> tuple:
    return tuple(record.get(field) or "" for field in QUASI_IDENTIFIERS)


def generalise(records: Iterable[dict], k: int = 5) -> list[dict]:
    """Copies of the records in the same order, generalised until every combination holds >= k records.

    A combination that is entirely suppressed ('', '', '') is allowed to stay below k: it reveals nothing.
    """
    result = [
        {key: value for key, value in record.items() if not any(b in key.lower() for b in BIRTH_FIELDS)}
        for record in records
    ]
    if k <= 1:
        return result
    for step in STEPS:
        counts = Counter(_key(r) for r in result)
        small = [r for r in result if counts[_key(r)] < k and any(_key(r))]
        if not small:
            break
        for record in small:
            step(record)
    return result


def smallest_group(records: Iterable[dict]) -> int:
    """Size of the smallest non-suppressed combination (for tests and checks)."""
    counts = Counter(_key(r) for r in records)
    sizes = [n for key, n in counts.items() if any(key)]
    return min(sizes) if sizes else 0
