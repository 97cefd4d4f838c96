"""Values accepted through a synonym ("mail" -> E-mail): a notice per column and value, so the publisher
can check how the platform read their vocabulary. What is stored is always the code."""

from __future__ import annotations

from openklachten.intake.fields import _LIST_SEPARATORS, as_text
from openklachten.intake.validation.report import Issue, shown

CODED_TYPES = ("code", "codes")


class SynonymTally:
    """Per coded column, the spellings read through a synonym: how many rows used each, and the first.

    Works from the conversion memo of each coded column: its keys are the distinct cell values, so
    only the rare spelling that is a synonym costs a pass over a chunk's rows (to count and find the first).
    """

    def __init__(self, columns):
        self.columns = [
            c for c in columns if c.codelist is not None and c.attribute.type in CODED_TYPES and c.memo is not None
        ]
        self.read: dict[tuple[int, object], list] = {}  # (column index, raw) -> what it was read as
        self.rows: dict[tuple[int, object], list] = {}  # (column index, raw) -> [first row, count]

    def count(self, rows) -> None:
        for column in self.columns:
            for raw in list(column.memo):
                key = (column.index, raw)
                if key not in self.read:
                    self.read[key] = _read_as(column.codelist, raw, column.attribute.type == "codes")
                if not self.read[key]:
                    continue
                index = column.index
                found = [row.number for row in rows if index < len(row.values) and row.values[index] == raw]
                if found:
                    tally = self.rows.setdefault(key, [found[0], 0])
                    tally[1] += len(found)

    def notices(self) -> list[Issue]:
        """One notice per (column, spelling) read through a synonym, with how many rows used it."""
        notices = []
        for column in self.columns:
            for raw in list(column.memo):
                tally = self.rows.get((column.index, raw))
                if tally is None:
                    continue
                first, count = tally
                read = self.read[(column.index, raw)]
                what = "; ".join(f'"{shown(text)}" is gelezen als "{label}"' for text, label in read)
                counted = f"{count} rij{'en' if count != 1 else ''}"
                notices.append(
                    Issue(
                        first,
                        column.label,
                        shown(raw),
                        "gelezen_als",
                        f"{column.label}: {what} ({counted}). Klopt dat niet, gebruik dan een waarde uit de "
                        "waardelijst.",
                    )
                )
        return notices


class NamelessColumns:
    """Columns without a name (or cells beyond the last named column) that hold values: warned about once."""

    def __init__(self, table):
        self.table = table
        self.width = len(table.headers)
        self.unnamed = [i for i, header in enumerate(table.headers) if not str(header or "").strip()]
        self.used: set[int] = set()

    def see(self, rows) -> None:
        width, unnamed, used = self.width, self.unnamed, self.used
        for row in rows:
            values = row.values
            for index in unnamed:
                if index not in used and index < len(values) and _filled(values[index]):
                    used.add(index)
            if len(values) > width:
                used.update(i for i in range(width, len(values)) if _filled(values[i]))

    def warn(self, report) -> None:
        from openklachten.intake.validation.columns import column_position

        for index in sorted(self.used):
            where = column_position(self.table, index) if index < self.width else _beyond(self.table, index)
            report.warning(
                self.table.header_row,
                "",
                "",
                "kolom_zonder_naam",
                f"De {where} heeft geen kolomnaam en wordt genegeerd.",
            )


def _filled(value) -> bool:
    return value not in (None, "") and bool(str(value).strip())


def _beyond(table, index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return f"kolom {get_column_letter(index + 1)}" if table.layout != "kolommen" else f"rij {index + 1}"


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
