"""Write demo records as the files complaint coordinators deliver: CSV (Excel-style), XLSX and JSON.

Column headers are the Dutch labels of the standard (`openklachten.standard.load()`), so labels have one
source of truth. A `Style` captures an organisation's export habits: labels or codes, date format,
encoding, names or TOOI URIs. Writers register by format in WRITERS.
"""

import csv
import datetime as dt
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from openklachten.standard import load
from openklachten.standard.reference import organisation as find_organisation


@dataclass(frozen=True)
class Style:
    """How one organisation's export looks."""

    labels: bool = True  # code-list values as labels ("Digitaal formulier") instead of codes
    date_format: str = "%Y-%m-%d"  # or "%d-%m-%Y" as Dutch Excel writes
    encoding: str = "utf-8"  # "utf-8", "utf-8-sig" (Excel) or "cp1252" (older Windows exports)
    names: bool = False  # organisations by official name instead of TOOI URI
    gemeente_names: bool = False  # woonplaats_klager as gemeente name instead of CBS code


@cache
def columns() -> tuple:
    """(machine name, label, attribute) of every current attribute, in the standard's order."""
    return tuple((a.machine_name, a.label, a) for a in load().attributes if not a.deprecated)


@cache
def _labels_of(codelist: str) -> dict:
    return {item.code: item.label for item in load().codelist(codelist).items}


@cache
def _organisation_name(uri: str) -> str:
    found = find_organisation(uri)
    return found.naam if found else uri


@cache
def _gemeente_name(cbs_code: str) -> str:
    found = find_organisation(cbs_code)
    return found.naam.removeprefix("Gemeente ") if found else cbs_code


def cell(record: dict, name: str, attribute, style: Style, *, for_excel: bool = False):
    """One value as a coordinator's export shows it: labels, Ja/Nee, formatted dates."""
    value = record.get(name)
    if value is None or value == []:
        return None
    kind = attribute.type
    if kind == "date":
        return value if for_excel else value.strftime(style.date_format)
    if kind == "boolean":
        return "Ja" if value else "Nee"
    if kind == "codes":
        labels = _labels_of(attribute.codelist) if style.labels else {}
        return "; ".join(labels.get(code, code) for code in value)
    if kind == "code":
        return _labels_of(attribute.codelist).get(value, value) if style.labels else value
    if kind == "tooi_organisatie":
        return _organisation_name(value) if style.names or value.startswith("urn:") else value
    if kind == "cbs_gemeente":
        return _gemeente_name(value) if style.gemeente_names else value
    return value


# Letters without a decomposition that old Windows code pages lack.
_BASE_LETTERS = {"ı": "i", "ł": "l", "đ": "d", "ħ": "h"}


def _transliterate(text: str, encoding: str) -> str:
    """Characters the encoding lacks (ı, ş in cp1252) become their base letter, as Excel exports do."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        out = []
        for ch in text:
            try:
                ch.encode(encoding)
                out.append(ch)
            except UnicodeEncodeError:
                base = unicodedata.normalize("NFKD", ch)[0]
                out.append(base if base.isascii() else _BASE_LETTERS.get(ch, "?"))
        return "".join(out)


def write_csv(path: Path, records: list[dict], style: Style) -> None:
    cols = columns()
    with path.open("w", encoding=style.encoding, newline="", errors="strict") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([label for _, label, _ in cols])
        for record in records:
            row = []
            for name, _, attribute in cols:
                value = cell(record, name, attribute, style)
                if value is None:
                    row.append("")
                elif style.encoding == "cp1252" and value.__class__ is str:
                    row.append(_transliterate(value, "cp1252"))
                else:
                    row.append(value)
            writer.writerow(row)


def write_xlsx(path: Path, records: list[dict], style: Style) -> None:
    from openpyxl import Workbook

    cols = columns()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Klachten")
    sheet.append([label for _, label, _ in cols])
    for record in records:
        sheet.append([cell(record, name, attribute, style, for_excel=True) for name, _, attribute in cols])
    workbook.save(path)


def write_json(path: Path, records: list[dict], style: Style) -> None:
    """A JSON array of objects keyed by machine name: what an application export or API gives."""
    names = [name for name, _, _ in columns()]

    def plain(value):
        return value.isoformat() if isinstance(value, dt.date) else value

    rows = [{name: plain(record.get(name)) for name in names} for record in records]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}
