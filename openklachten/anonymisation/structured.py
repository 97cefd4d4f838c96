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
from collections.abc import Iterable, Mapping

from openklachten.standard import policy

# The standard's `gegeneraliseerd` attributes; the order of the combination tuples below.
QUASI_IDENTIFIERS = policy.generalised_fields()
# Which quasi-identifier goes first when a combination is still too small (the contract test checks that
# every `gegeneraliseerd` attribute is in here, so a new one cannot stay ungeneralised).
SUPPRESSION_ORDER = ("woonplaats_klager", "leeftijdsgroep", "type_klager")
# Wider age bands: the codes of the standard's leeftijdsgroep list merged two or three at a time.
WIDER_AGE = {"0-17": "0-29", "18-29": "0-29", "30-44": "30-64", "45-64": "30-64", "65-74": "65+", "75+": "65+"}
BIRTH_FIELDS = ("geboortedatum", "geboortejaar", "date_of_birth", "geb_datum", "birth_date")


def _widen_age(record: dict) -> None:
    record["leeftijdsgroep"] = WIDER_AGE.get(record.get("leeftijdsgroep") or "", record.get("leeftijdsgroep") or "")


def _suppress(field: str):
    def step(record: dict) -> None:
        record[field] = ""

    return step


STEPS = (_widen_age, *(_suppress(field) for field in SUPPRESSION_ORDER))


def _key(record: dict) -> tuple:
    return tuple(record.get(field) or "" for field in QUASI_IDENTIFIERS)


def _apply(step, key: tuple) -> tuple:
    record = dict(zip(QUASI_IDENTIFIERS, key, strict=False))
    step(record)
    return _key(record)


def generalised_combinations(counts: Mapping[tuple, int], k: int = 5) -> dict[tuple, tuple]:
    """Each combination (a tuple in QUASI_IDENTIFIERS order, '' for none) -> the combination to publish.

    `counts` says how many records hold each combination. All records with one combination are treated
    alike, so working on the counts gives the same result as working on the records, at the cost of
    the number of distinct combinations (a few thousand) instead of the number of records: the read
    model re-applies this over everything published on every rebuild.
    A combination that is entirely suppressed ('', '', '') may stay below k: it reveals nothing.
    """
    published = {key: key for key in counts}
    if k <= 1:
        return published
    for step in STEPS:
        sizes: Counter = Counter()
        for original, now in published.items():
            sizes[now] += counts[original]
        small = [original for original, now in published.items() if sizes[now] < k and any(now)]
        if not small:
            break
        for original in small:
            published[original] = _apply(step, published[original])
    return published


def generalise(records: Iterable[dict], k: int = 5) -> list[dict]:
    """Copies of the records in the same order, generalised until every combination holds >= k records."""
    result = [
        {key: value for key, value in record.items() if not any(b in key.lower() for b in BIRTH_FIELDS)}
        for record in records
    ]
    published = generalised_combinations(Counter(_key(r) for r in result), k)
    for record in result:
        key = _key(record)
        if published[key] != key:
            record.update(zip(QUASI_IDENTIFIERS, published[key], strict=False))
    return result


def smallest_group(records: Iterable[dict]) -> int:
    """Size of the smallest non-suppressed combination (for tests and checks)."""
    counts = Counter(_key(r) for r in records)
    sizes = [n for key, n in counts.items() if any(key)]
    return min(sizes) if sizes else 0
