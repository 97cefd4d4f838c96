"""The last length check before storing: a value that grew past its column during anonymisation.

Intake rejects cells longer than the standard's maximum, and the columns have exactly that length.
Anonymisation can still lengthen a text ("Team Al" becomes "Team [NAAM-1]"), so the stored values
are measured once more; too long is a Dutch error for the row and nothing is stored, never a
database error halfway through the transaction (PostgreSQL refuses, SQLite would silently accept).
The message does not repeat the value: before anonymisation it may name a person.
"""

from dataclasses import dataclass

from django.db import models

from openklachten import standard
from openklachten.registry.models import Complaint
from openklachten.registry.records import FREE_NAMES, LINK_FIELDS


@dataclass
class LengthIssue:
    """One value too long for its column, in the shape of the intake validation report."""

    row: int
    column: str
    value: str
    code: str
    message: str


def _limits() -> dict[str, int]:
    return {
        field.name: field.max_length
        for field in Complaint._meta.concrete_fields
        if isinstance(field, models.CharField) and field.max_length
    }


def _label(name: str) -> str:
    std = standard.load()
    for candidate in (name, name.removesuffix("_naam").removesuffix("_uri")):
        try:
            return std.attribute(candidate).label
        except KeyError:
            continue
    return name


def too_long(rows: list[dict], texts: list[dict], row_numbers: list[int]) -> list[LengthIssue]:
    """Issues for every stored value (structured, or anonymised text) longer than its column allows."""
    limits = _limits()
    issues = []
    for number, row, outcomes in zip(row_numbers, rows, texts, strict=False):
        values = {name: value for name, value in row.items() if isinstance(value, str)}
        # A link or a private body's name is stored as delivered (limited by intake) or replaced, never redacted.
        values.update(
            {name: o.text for name, o in outcomes.items() if name not in LINK_FIELDS and name not in FREE_NAMES}
        )
        for name, value in values.items():
            limit = limits.get(name)
            if limit is not None and len(value) > limit:
                label = _label(name)
                issues.append(
                    LengthIssue(
                        number,
                        label,
                        "",
                        "te_lang_na_anonimisering",
                        f"{label} is na het anonimiseren {len(value)} tekens lang; er passen er {limit}. "
                        "Namen en nummers worden vervangen door bijvoorbeeld [NAAM-1], wat langer kan zijn dan "
                        "het origineel. Kort de waarde in.",
                    )
                )
    return issues
