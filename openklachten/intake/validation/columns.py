"""Which column holds which attribute; unknown, duplicate and missing columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils.cell import get_column_letter

from openklachten.intake.fields import Converter, Invalid, converter_for
from openklachten.intake.headers import default_matcher


@dataclass(slots=True)
class Failure:
    """A memoisable conversion failure (an exception cannot be cached cheaply)."""

    code: str
    reason: str


@dataclass
class Column:
    """One recognised column: its position, its attribute and how to convert its cells."""

    index: int
    attribute: object  # openklachten.standard.Attribute
    converter: Converter
    memo: dict | None = field(default=None)
    codelist: object = None  # for the synonym notices

    @property
    def name(self) -> str:
        return self.attribute.machine_name

    @property
    def label(self) -> str:
        return self.attribute.label

    def run(self, value):
        try:
            return self.converter.convert(value)
        except Invalid as exc:
            return Failure(exc.code, exc.reason)


def column_position(table, index: int) -> str:
    """How a user finds a column: its letter in a spreadsheet, its name in JSON."""
    if table.format in ("json", "jsonl"):
        return f'"{table.headers[index]}"'
    if table.layout == "kolommen":
        return f'rij "{table.headers[index]}"'
    return f"kolom {get_column_letter(index + 1)}"


def map_columns(table, std, report, codelist_overrides: dict | None = None) -> list[Column]:
    """Recognised columns in file order; warnings for unknown ones, an error for a column that occurs twice."""
    matcher = default_matcher()
    overrides = codelist_overrides or {}
    columns: list[Column] = []
    seen: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        name = matcher.match(header)
        if name is None:
            _unknown(table, index, header, report)
            continue
        attribute = std.attribute(name)
        if name in seen:
            report.error(
                table.header_row,
                attribute.label,
                header,
                "dubbele_kolom",
                f"De kolom {attribute.label} komt twee keer voor ({column_position(table, seen[name])} en "
                f"{column_position(table, index)}); verwijder of hernoem één van beide.",
            )
            continue
        seen[name] = index
        codelist = overrides.get(name) or (std.codelists.get(attribute.codelist) if attribute.codelist else None)
        converter = converter_for(attribute.type, codelist, getattr(attribute, "max_length", None))
        columns.append(Column(index, attribute, converter, {} if converter.memoise else None, codelist))
    return columns


def _unknown(table, index: int, header: str, report) -> None:
    if not str(header or "").strip():
        return  # a column without a name is only worth a warning if it holds values: see notices.NamelessColumns
    where = column_position(table, index)
    report.warning(
        table.header_row,
        str(header),
        header,
        "onbekende_kolom",
        f'De {where} "{header}" hoort niet bij de Open Klachten-standaard en wordt genegeerd. '
        "Controleer de schrijfwijze als het wel een kolom van de standaard is.",
    )
