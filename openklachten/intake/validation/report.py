"""The outcome of validating one file: errors and warnings per cell, and the normalised records."""

from __future__ import annotations

from dataclasses import dataclass, field

from openklachten.intake.fields import shorten


def shown(value) -> str:
    """A cell value as it appears in a message (cut to fields.MAX_SHOWN_LENGTH characters)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return shorten(value)


@dataclass(slots=True)
class Issue:
    """One problem: where (row as the user sees it, Dutch column label), what, and how to fix it."""

    row: int | str | None
    column: str
    value: str
    code: str
    message: str

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "code": self.code, "message": self.message}


# Issues kept per kind (errors, warnings): a file with the same mistake in every one of 300,000 rows needs
# a few examples and a count, not 300,000 messages in memory and on the page.
MAX_ISSUES = 10_000


@dataclass
class Report:
    """Validation result for a Table. Bad content is data here, never an exception."""

    rows: int = 0
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    notices: list[Issue] = field(default_factory=list)  # values read through a synonym ("gelezen als")
    records: list[dict] = field(default_factory=list)
    row_numbers: list = field(default_factory=list)  # the user-visible row of each record
    version: str = "1.0"  # of the standard, detected from the headers
    format: str = ""
    layout: str = "rijen"
    filename: str | None = None
    notes: list[str] = field(default_factory=list)
    row_label: str = "Rij"
    errors_left_off: int = 0  # beyond MAX_ISSUES: counted, not kept
    warnings_left_off: int = 0

    @property
    def valid(self) -> bool:
        return not self.errors

    def error(self, row, column: str, value, code: str, message: str) -> None:
        if len(self.errors) >= MAX_ISSUES:
            self.errors_left_off += 1
            return
        self.errors.append(Issue(row, column, shown(value), code, message))

    def warning(self, row, column: str, value, code: str, message: str) -> None:
        if len(self.warnings) >= MAX_ISSUES:
            self.warnings_left_off += 1
            return
        self.warnings.append(Issue(row, column, shown(value), code, message))

    def close(self) -> None:
        """Say how many issues were counted but not listed."""
        for count, kind in ((self.errors_left_off, "fouten"), (self.warnings_left_off, "waarschuwingen")):
            if count:
                self.notes.append(
                    f"Er zijn nog {count:_} {kind} gevonden die niet in dit overzicht staan (het toont de eerste "
                    f"{MAX_ISSUES:_}); herstel eerst deze en controleer het bestand opnieuw.".replace("_", ".")
                )

    def to_json(self) -> dict:
        return {
            "valid": self.valid,
            "rows": self.rows,
            "errors": [issue.to_json() for issue in self.errors],
            "warnings": [issue.to_json() for issue in self.warnings],
            "notices": [issue.to_json() for issue in self.notices],
            "version": self.version,
            "format": self.format,
            "layout": self.layout,
        }
