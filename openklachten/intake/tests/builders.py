"""Fixture builders: real files in every format, written the way Excel, LibreOffice and exports write them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from openpyxl import Workbook

from openklachten.intake import samples

HEADERS_10 = list(samples.sample_row(0))  # the 1.0 columns the samples fill, in template order


def rows(n: int = 3, **overrides) -> list[dict]:
    """n valid rows; keyword overrides (Dutch label with spaces as _) apply to the first row."""
    result = samples.sample_rows(n)
    for key, value in overrides.items():
        result[0][key.replace("_", " ")] = value
    return result


def csv_file(tmp_path: Path, data: list[dict], *, name="klachten.csv", delimiter=";", encoding="utf-8-sig") -> Path:
    return samples.write_csv(tmp_path / name, data, delimiter=delimiter, encoding=encoding)


def csv_text(tmp_path: Path, text: str, *, name="klachten.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def xlsx_file(tmp_path: Path, data: list[dict], *, name="klachten.xlsx", sheet="Klachten") -> Path:
    return samples.write_xlsx(tmp_path / name, data, sheet=sheet)


def workbook_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def messy_xlsx(tmp_path: Path) -> Path:
    """An export as people make them: instruction sheet first, a merged title row, two-level merged headers,
    blank rows, trailing spaces, a date as real cell, as text and as serial number."""
    book = Workbook()
    info = book.active
    info.title = "Toelichting"
    info["A1"] = "Export uit het zaaksysteem, week 12"
    sheet = book.create_sheet("Export")
    sheet["A1"] = "Klachtenregistratie gemeente Utrecht 2024"
    sheet.merge_cells("A1:H1")
    tops = [
        "Klacht-ID",
        "Ontvangstdatum",
        "Gerelateerde klacht",
        None,
        "Status",
        "Formeel/informeel",
        "Ontvangwijze",
        "Opmerking intern",
    ]
    subs = [None, None, "Organisatie", "ID", None, None, None, None]
    for col, (top, sub) in enumerate(zip(tops, subs, strict=False), start=1):
        if top:
            sheet.cell(row=2, column=col, value=top)
        if sub:
            sheet.cell(row=3, column=col, value=sub)
    for letter in "ABEFGH":
        sheet.merge_cells(f"{letter}2:{letter}3")
    sheet.merge_cells("C2:D2")
    sheet.append(["Z-1", dt.date(2024, 3, 12), "Gemeente Utrecht", "E-77", "In behandeling ", "Formeel", "E-mail", "x"])
    sheet.append([])
    sheet.append(["Z-2 ", "13-03-2024", None, None, "Afgehandeld", "formeel ", "mail", None])
    sheet.append(["Z-3", 45365, None, None, "In behandeling", "Formeel", "Brief", None])  # 2024-03-14 as serial
    sheet.cell(row=7, column=2).number_format = "General"
    path = tmp_path / "export.xlsx"
    path.write_bytes(workbook_bytes(book))
    return path


def transposed_rows(data: list[dict]) -> list[list]:
    """The V0.2 layout: attribute names in column A, documentation columns, then one complaint per column."""
    headers = list(data[0])
    grid = [["Attributen", "Verplicht?", "Toelichting", *[f"Klacht {i + 1}" for i in range(len(data))]]]
    for header in headers:
        grid.append([header, "Ja", "Uitleg over " + header, *[row.get(header, "") for row in data]])
        if header == "Wet- en regelgeving":
            grid.append(["Attributen 18 t/m 24 gelden enkel indien er sprake is van een formele klacht."])
    return grid


def v02_rows(n: int = 2) -> list[dict]:
    """Rows with only V0.2 columns (no Klacht-ID, no Datum afhandeling): what early adopters deliver."""
    result = []
    for i, row in enumerate(samples.sample_rows(n)):
        v02 = {
            k: v
            for k, v in row.items()
            if k not in ("Klacht-ID", "Datum afhandeling", "Adviescommissie", "Leeftijdsgroep klager")
        }
        v02["Beantwoordingstermijn"] = "Binnen 6 weken"
        v02["Herziening"] = "Nee"
        v02["Schriftelijk oordeel"] = "" if row["Formeel/informeel"] == "Informeel" else f"https://example.nl/o/{i}.pdf"
        result.append(v02)
    return result
