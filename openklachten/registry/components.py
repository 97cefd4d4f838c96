"""The registry's seams to the components on its left: intake and anonymisation (docs/architecture.md).

Thin adapters: they fix the arguments the registry passes and turn the results into the small
shape the importer stores, so the importer reads as the data flow and nothing else.
"""

import threading
from dataclasses import dataclass

from openklachten.anonymisation import anonymise_many
from openklachten.anonymisation.exclusions import reason_to_withhold
from openklachten.intake.readers import UnreadableFile, open_table, read_table
from openklachten.intake.validation import Validation
from openklachten.intake.validation import validate as validate_table

__all__ = [
    "Anonymised",
    "UnreadableFile",
    "anonymise_texts",
    "open_table",
    "read_table",
    "reason_to_withhold",
    "validate",
    "validation",
]


def validate(table, organisation_type: str):
    """Validate with the afdoeningswijze list of whoever delivers: an ombudsman or a bestuursorgaan."""
    return validate_table(
        table, organisation_type="ombudsman" if organisation_type == "ombudsman" else "bestuursorgaan"
    )


def validation(table, organisation_type: str) -> Validation:
    """The same checks as `validate`, fed in chunks (`check(rows)`, then `finish()`) for large deliveries."""
    return Validation(table, organisation_type="ombudsman" if organisation_type == "ombudsman" else "bestuursorgaan")


@dataclass
class Anonymised:
    """What the registry keeps of the anonymiser's outcome for one text."""

    text: str
    entities: list
    needs_review: bool
    raw: str = ""  # the input text; stored only in the review quarantine


def _entity_dict(entity) -> dict:
    return {
        "start": entity.start,
        "end": entity.end,
        "type": entity.type,
        "source": entity.source,
        "confidence": entity.confidence,
    }


def anonymise_texts(items: list[tuple[str, tuple]]) -> list[Anonymised]:
    """Anonymise (text, known names) pairs, in order."""
    # Identical texts are common (standard phrases, team names): anonymise each distinct one once.
    unique = list(dict.fromkeys((text, tuple(names)) for text, names in items))
    # The engine forks worker processes; forking a multi-threaded process (the web server handles
    # each request in a thread) can deadlock on a lock another thread held, so there it uses one core.
    processes = 1 if threading.active_count() > 1 else None
    by_item = dict(zip(unique, anonymise_many(unique, processes=processes), strict=False))
    results = [by_item[(text, tuple(names))] for text, names in items]
    return [
        Anonymised(r.text, [_entity_dict(e) for e in r.entities], bool(r.needs_review), raw=text)
        for r, (text, _) in zip(results, items, strict=False)
    ]
