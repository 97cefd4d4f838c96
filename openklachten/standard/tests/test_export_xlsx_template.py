"""The publisher template opens with openpyxl and guides the user: labels, drop-downs, date checks, marks."""

import io

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from openklachten.standard.exports import build
from openklachten.standard.exports.xlsx_template import DATA_SHEET, INSTRUCTION_SHEET, LISTS_SHEET


@pytest.fixture(scope="module")
def book():
    return load_workbook(io.BytesIO(build("xlsx")))


def columns(standard):
    return [a for a in standard.attributes if not a.deprecated]


def validations_by_column(sheet):
    result = {}
    for validation in sheet.data_validations.dataValidation:
        for area in str(validation.sqref).split():
            result[area.split(":")[0].rstrip("0123456789")] = validation
    return result


def list_values(book, formula):
    """The labels a list validation offers, read from the referenced range of the hidden sheet."""
    sheet_part, area = formula.lstrip("=").split("!")
    sheet = book[sheet_part.strip("'")]
    return [cell.value for row in sheet[area.replace("$", "")] for cell in row]


def test_sheets_and_header_row(book, standard):
    assert book.sheetnames[:2] == [DATA_SHEET, INSTRUCTION_SHEET]
    assert book[LISTS_SHEET].sheet_state == "hidden"
    sheet = book[DATA_SHEET]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [a.label for a in columns(standard)]
    assert sheet.freeze_panes == "A2"


def test_every_codelist_column_has_a_dropdown_with_the_labels(book, standard):
    sheet = book[DATA_SHEET]
    by_column = validations_by_column(sheet)
    checked = 0
    for index, attribute in enumerate(columns(standard), start=1):
        if not attribute.codelist:
            continue
        validation = by_column[get_column_letter(index)]
        assert validation.type == "list"
        assert list_values(book, validation.formula1) == list(standard.codelist(attribute.codelist).labels)
        checked += 1
    assert checked >= 14
    # Several themes per cell are allowed, so that drop-down must not refuse typed values.
    themas = by_column[get_column_letter([a.machine_name for a in columns(standard)].index("themas") + 1)]
    assert not themas.showErrorMessage


def test_organisation_and_gemeente_columns_offer_names_without_refusing_others(book, standard):
    from openklachten.standard import reference

    by_column = validations_by_column(book[DATA_SHEET])
    names = [a.machine_name for a in columns(standard)]
    bestuursorgaan = by_column[get_column_letter(names.index("bestuursorgaan") + 1)]
    woonplaats = by_column[get_column_letter(names.index("woonplaats_klager") + 1)]
    organisations = list_values(book, bestuursorgaan.formula1)
    assert "Gemeente Amsterdam" in organisations
    assert all(reference.organisation(name) is not None for name in organisations)
    gemeenten = list_values(book, woonplaats.formula1)
    assert "Amsterdam" in gemeenten and len(gemeenten) == sum(1 for g in reference.gemeenten() if g.actueel)
    assert not bestuursorgaan.showErrorMessage and not woonplaats.showErrorMessage


def test_duplicate_klacht_id_is_refused(book, standard):
    validation = validations_by_column(book[DATA_SHEET])["A"]
    assert book[DATA_SHEET]["A1"].value == standard.attribute("klacht_id").label
    assert validation.type == "custom" and validation.formula1.startswith("COUNTIF($A$2:$A$")


def test_date_columns_are_validated_as_dates(book, standard):
    by_column = validations_by_column(book[DATA_SHEET])
    for index, attribute in enumerate(columns(standard), start=1):
        if attribute.type == "date":
            assert by_column[get_column_letter(index)].type == "date"
            assert book[DATA_SHEET].column_dimensions[get_column_letter(index)].number_format == "yyyy-mm-dd"


def test_required_columns_are_marked(book, standard):
    sheet = book[DATA_SHEET]
    for index, attribute in enumerate(columns(standard), start=1):
        header = sheet.cell(row=1, column=index)
        required = attribute.requirement_for("formeel") == "ja"
        assert bool(header.font.b) == required, attribute.machine_name
        assert header.comment is not None
        assert header.comment.text.startswith("Verplicht" if required else "Optioneel")
    assert "Verplicht." in sheet["A1"].comment.text  # Klacht-ID: always


def test_instruction_sheet_explains_in_dutch_and_lists_every_column(book, standard):
    sheet = book[INSTRUCTION_SHEET]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "één klacht per rij" in text
    assert "puntkomma" in text
    for attribute in columns(standard):
        assert attribute.label in text
