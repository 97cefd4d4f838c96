"""What every reader produces: a `Table` of text cells with the row numbers a user sees."""

from __future__ import annotations

from dataclasses import dataclass, field


class UnreadableFile(Exception):
    """The file cannot be read as a table at all (wrong format, binary garbage, empty).

    The message is Dutch and meant for the person who delivered the file.
    """


@dataclass(slots=True)
class Row:
    """One data row. `number` is what a spreadsheet user sees: 5 for row 5, "C" for column C when transposed."""

    number: int | str
    values: list


@dataclass
class Table:
    """A delivered file as headers plus data rows, blank rows already left out.

    `values` of a row line up with `headers`. Cells keep their type where the file has one
    (dates and numbers from Excel, numbers, booleans and lists from JSON); text is not trimmed yet.
    """

    headers: list[str]
    rows: list[Row]
    format: str
    layout: str = "rijen"  # "kolommen" when one complaint per column (V0.2 transposed layout)
    filename: str | None = None
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | str = 1
    notes: list[str] = field(default_factory=list)  # things the reader noticed, shown as warnings

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def row_label(self) -> str:
        """How to name a record position to a user: 'Rij' normally, 'Kolom' in the transposed layout."""
        return "Kolom" if self.layout == "kolommen" else "Rij"
