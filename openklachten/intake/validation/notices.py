"""Values accepted through a synonym ("mail" -> E-mail): a notice per column and value, so the publisher
can check how the platform read their vocabulary. What is stored is always the code."""

from __future__ import annotations

from openklachten.intake.fields import _LIST_SEPARATORS, as_text
from openklachten.intake.validation.report import Issue, shown

CODED_TYPES = ("code", "codes")


def synonym_notices(table, columns) -> list[Issue]:
    """One notice per (column, spelling) read through a synonym, with how many rows used it.

    Works from the conversion memo of each coded column: its keys are the distinct cell values, so
    only the rare spelling that is a synonym costs a pass over the rows (to count and find the first).
    """
    notices = []
    for column in columns:
        codelist = column.codelist
        if codelist is None or column.attribute.type not in CODED_TYPES or not column.memo:
            continue
        for raw in list(column.memo):
            read = _read_as(codelist, raw, column.attribute.type == "codes")
            if not read:
                continue
            rows = [
                row.number for row in table.rows if column.index < len(row.values) and row.values[column.index] == raw
            ]
            if not rows:
                continue
            what = "; ".join(f'"{shown(text)}" is gelezen als "{label}"' for text, label in read)
            count = f"{len(rows)} rij{'en' if len(rows) != 1 else ''}"
            notices.append(
                Issue(
                    rows[0],
                    column.label,
                    shown(raw),
                    "gelezen_als",
                    f"{column.label}: {what} ({count}). Klopt dat niet, gebruik dan een waarde uit de waardelijst.",
                )
            )
    return notices


def _read_as(codelist, raw, several: bool) -> list[tuple[str, str]]:
    if isinstance(raw, list | tuple):
        parts = [as_text(v) for v in raw]
    else:
        text = as_text(raw)
        parts = [p.strip() for p in _LIST_SEPARATORS.split(text)] if several else [text.strip()]
    found = []
    for part in parts:
        code = codelist.synonym_match(part) if part else None
        if code is not None:
            found.append((part, codelist.label(code)))
    return found
