"""The XLSX publisher template: sheet "Klachten" to fill in, "Instructie" to read, hidden "Lijsten" for drop-downs."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from .. import load, reference
from ..model import NOT_APPLICABLE, REQUIRED
from ..types import TYPES
from . import register

DATA_SHEET = "Klachten"
INSTRUCTION_SHEET = "Instructie"
LISTS_SHEET = "Lijsten"
# Validations cover this many data rows: a weekly delivery of even the largest handler stays far below it,
# and a larger range makes the file slow to open in LibreOffice.
TEMPLATE_ROWS = 5000
REQUIRED_FILL = PatternFill("solid", fgColor="FFE699")
OPTIONAL_FILL = PatternFill("solid", fgColor="DDEBF7")
# Fixed document timestamps, so regenerating does not change the file's properties.
FIXED_TIMESTAMP = datetime(2026, 1, 1)
COMMENT_SIZE = (360, 180)  # width, height in points: room for a description of a few sentences


def organisation_names() -> list[str]:
    return sorted({o.naam for o in reference.organisations() if o.einddatum is None}, key=str.casefold)


def gemeente_names() -> list[str]:
    return sorted({g.naam for g in reference.gemeenten() if g.actueel}, key=str.casefold)


# Types whose values come from a reference list: offered as a drop-down, but typing another value stays
# allowed (a TOOI URI, a CBS code, a private body), so these lists never refuse input.
REFERENCE_LISTS = {
    "tooi_organisatie": ("organisaties", organisation_names),
    "cbs_gemeente": ("gemeenten", gemeente_names),
}


def template_attributes(standard):
    """Columns of the template: every 1.0 attribute except the ones deprecated in 1.0."""
    return [a for a in standard.attributes if not a.deprecated]


def requirement_note(attribute) -> str:
    formeel = attribute.requirement_for("formeel")
    informeel = attribute.requirement_for("informeel")
    if formeel != REQUIRED:
        return "Optioneel."
    when = ""
    if attribute.required_if:
        other, code = attribute.required_if
        when = f" zodra {other} '{code}' is"
    if informeel == REQUIRED:
        return f"Verplicht{when}."
    if informeel == NOT_APPLICABLE:
        return f"Verplicht bij formele klachten{when}; geldt niet voor informele klachten."
    return f"Verplicht bij formele klachten{when}."


def is_marked_required(attribute) -> bool:
    return attribute.requirement_for("formeel") == REQUIRED


def write_lists(workbook, standard, columns) -> dict[str, str]:
    """Hidden sheet with one column of labels per code list; returns list name -> range formula."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    ranges = {}
    lists = {a.codelist: standard.codelist(a.codelist).labels for a in columns if a.codelist}
    for attribute in columns:
        if attribute.type in REFERENCE_LISTS:
            name, values = REFERENCE_LISTS[attribute.type]
            lists.setdefault(name, values())
    for index, (name, labels) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=name)
        for row, label in enumerate(labels, start=2):
            sheet.cell(row=row, column=index, value=label)
        ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(labels) + 1}"
    sheet.sheet_state = "hidden"
    return ranges


def add_validations(sheet, columns, ranges):
    last = TEMPLATE_ROWS + 1
    for index, attribute in enumerate(columns, start=1):
        letter = get_column_letter(index)
        area = f"{letter}2:{letter}{last}"
        if attribute.codelist:
            multiple = attribute.is_list
            validation = DataValidation(
                type="list",
                formula1=f"={ranges[attribute.codelist]}",
                allow_blank=True,
                # Several themes go in one cell separated by ';', which a strict list check would refuse.
                showErrorMessage=not multiple,
                errorTitle="Ongeldige waarde",
                error=f"Kies een waarde uit de lijst voor '{attribute.label}'.",
                promptTitle=attribute.label[:32],
                prompt=(
                    "Kies uit de lijst; meerdere waarden scheiden met een puntkomma."
                    if multiple
                    else "Kies een waarde uit de lijst."
                ),
                showInputMessage=True,
            )
        elif attribute.type in REFERENCE_LISTS:
            validation = DataValidation(
                type="list",
                formula1=f"={ranges[REFERENCE_LISTS[attribute.type][0]]}",
                allow_blank=True,
                showErrorMessage=False,
                promptTitle=attribute.label[:32],
                prompt="Kies de officiële naam uit de lijst, of typ een naam of code.",
                showInputMessage=True,
            )
        elif attribute.type == "id" and attribute.machine_name == "klacht_id":
            # A delivery may carry each case once; Excel and Calc warn as soon as a number repeats.
            validation = DataValidation(
                type="custom",
                formula1=f"COUNTIF(${letter}$2:${letter}${last},{letter}2)=1",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Dubbel klachtnummer",
                error=f"Dit {attribute.label} staat al in een andere rij. Elke klacht komt één keer voor.",
            )
        elif attribute.type == "date":
            validation = DataValidation(
                type="date",
                operator="between",
                formula1="DATE(1990,1,1)",
                formula2="DATE(2100,12,31)",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Ongeldige datum",
                error=f"Vul bij '{attribute.label}' een datum in, bijvoorbeeld 12-03-2024.",
            )
            # A column style instead of thousands of styled empty cells keeps the file small and fast.
            sheet.column_dimensions[letter].number_format = "yyyy-mm-dd"
        else:
            continue
        validation.add(area)
        sheet.add_data_validation(validation)


def write_data_sheet(sheet, standard, columns, ranges):
    for index, attribute in enumerate(columns, start=1):
        header = sheet.cell(row=1, column=index, value=attribute.label)
        required = is_marked_required(attribute)
        header.font = Font(bold=required)
        header.fill = REQUIRED_FILL if required else OPTIONAL_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
        note = f"{requirement_note(attribute)}\n{TYPES[attribute.type].label}.\n{attribute.description}"
        if attribute.example:
            note += f"\nVoorbeeld: {attribute.example}"
        comment = Comment(note, "Open Klachten")
        comment.width, comment.height = COMMENT_SIZE
        header.comment = comment
        sheet.column_dimensions[get_column_letter(index)].width = max(14, min(40, len(attribute.label) + 4))
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "A2"
    add_validations(sheet, columns, ranges)


INSTRUCTIONS = (
    "Publicatiesjabloon Open Klachten Datastandaard {version}",
    "",
    "Zo vult u dit sjabloon in:",
    "1. Vul op het tabblad 'Klachten' één klacht per rij in, vanaf rij 2. Rij 1 bevat de kolomnamen: "
    "verander die niet.",
    "2. Gele kolommen met vetgedrukte naam zijn verplicht (sommige alleen bij formele klachten of zodra de "
    "klacht is afgehandeld; zie de opmerking bij de kolomnaam en de tabel hieronder). Blauwe kolommen zijn "
    "optioneel.",
    "3. Kolommen met een keuzelijst: kies een waarde uit de lijst. Bij Thema's mag u meerdere thema's "
    "invullen, gescheiden door een puntkomma (;).",
    "4. Datums: vul een datum in, bijvoorbeeld 12-03-2024 of 2024-03-12.",
    "5. Bestuursorgaan: kies de officiële naam uit de keuzelijst (bijvoorbeeld 'Gemeente Amsterdam') of typ "
    "de TOOI-identifier; voor een private organisatie: 'private uitvoeringsorganisatie, namelijk <naam>'. "
    "Woonplaats klager: kies de gemeente uit de keuzelijst of typ de CBS-code (bijvoorbeeld GM0363).",
    "6. Informele klachten: vul de kolommen vanaf 'Gedraging' niet in; de afdoeningswijze is altijd "
    "'Zonder onderzoek afgedaan'.",
    "7. Privacy: zet geen namen, adressen, telefoonnummers of andere persoonsgegevens in de tekstvelden. "
    "Het platform anonimiseert vrije tekst vóór publicatie, maar voorkomen is beter. Het Klacht-ID wordt "
    "nooit gepubliceerd.",
    "8. Controleer het bestand vóór het aanleveren: openklachten validate <bestand>.xlsx (of upload het; u "
    "krijgt per rij en kolom te zien wat er niet klopt).",
    "",
    "Alle kolommen:",
)


def write_instruction_sheet(sheet, standard, columns):
    for row, line in enumerate(INSTRUCTIONS, start=1):
        sheet.cell(row=row, column=1, value=line.format(version=standard.version))
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    start = len(INSTRUCTIONS) + 1
    headers = ("Kolom", "Verplicht", "Soort waarde", "Toelichting", "Voorbeeld")
    for col, text in enumerate(headers, start=1):
        sheet.cell(row=start, column=col, value=text).font = Font(bold=True)
    for offset, attribute in enumerate(columns, start=1):
        values = (
            attribute.label,
            requirement_note(attribute),
            TYPES[attribute.type].label,
            attribute.description,
            attribute.example,
        )
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=start + offset, column=col, value=value or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (38, 36, 34, 90, 30), strict=False):
        sheet.column_dimensions[letter].width = width


def workbook(standard=None) -> Workbook:
    standard = standard or load()
    columns = template_attributes(standard)
    book = Workbook()
    data = book.active
    data.title = DATA_SHEET
    instruction = book.create_sheet(INSTRUCTION_SHEET)
    ranges = write_lists(book, standard, columns)
    write_data_sheet(data, standard, columns, ranges)
    write_instruction_sheet(instruction, standard, columns)
    book.active = 0
    book.properties.creator = "Open Klachten"
    book.properties.title = f"Publicatiesjabloon Open Klachten Datastandaard {standard.version}"
    book.properties.created = FIXED_TIMESTAMP
    book.properties.modified = FIXED_TIMESTAMP
    return book


@register("xlsx", "publicatiesjabloon.xlsx", "Publicatiesjabloon (XLSX) met keuzelijsten en instructie")
def build() -> bytes:
    buffer = io.BytesIO()
    workbook().save(buffer)
    return buffer.getvalue()


def snapshot(content: bytes) -> dict:
    """What matters in a template, for comparing two builds (bytes differ by zip timestamps)."""
    book = load_workbook(io.BytesIO(content))
    result = {}
    for sheet in book.worksheets:
        result[sheet.title] = {
            "state": sheet.sheet_state,
            "freeze": sheet.freeze_panes,
            "formats": sorted(
                (key, dim.number_format)
                for key, dim in sheet.column_dimensions.items()
                if dim.number_format != "General"
            ),
            "cells": [
                [
                    (
                        c.value,
                        bool(c.font and c.font.b),
                        c.fill.fgColor.rgb if c.fill and c.fill.fill_type else None,
                        c.comment.text if c.comment else None,
                    )
                    for c in row
                ]
                for row in sheet.iter_rows(max_row=min(sheet.max_row, TEMPLATE_ROWS + 1))
                if any(c.value is not None or c.comment for c in row)
            ],
            "validations": sorted(
                (str(v.sqref), v.type, v.formula1, v.formula2, bool(v.showErrorMessage))
                for v in sheet.data_validations.dataValidation
            ),
        }
    return result
