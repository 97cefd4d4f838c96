"""Every value the template offers in a drop-down is accepted by the validator (standard <-> intake).

A coordinator who picks from the list must never get "geen geldige waarde" back. Each list is tried in
a row that is otherwise valid, all values of a list in one workbook, read by the real reader.
"""

import io

import openpyxl
import pytest

from openklachten.intake.readers import read_table
from openklachten.intake.validation import validate
from openklachten.standard.exports import xlsx_template

from .conftest import person_rows

# Template column -> name of its list on the hidden "Lijsten" sheet. Afdoeningswijze is left out on purpose:
# its drop-down is the union of the lists for bestuursorganen and ombudsmannen (docs/architecture.md).
COLUMNS = {
    "Ontvangwijze": "ontvangwijze",
    "Type klager": "type_klager",
    "Leeftijdsgroep klager": "leeftijdsgroep",
    "Thema's": "themas",
    "Iv3-taakveld": "iv3_taakveld",
    "Oorzaak": "oorzaak",
    "Conclusie": "conclusie",
    "Bestuursorgaan": "organisaties",
    "Woonplaats klager": "gemeenten",
}


@pytest.fixture(scope="module")
def template():
    return openpyxl.load_workbook(io.BytesIO(xlsx_template.build()))


def offered(book, list_name: str) -> list[str]:
    sheet = book[xlsx_template.LISTS_SHEET]
    for column in sheet.iter_cols(values_only=True):
        if column[0] == list_name:
            return [value for value in column[1:] if value]
    raise AssertionError(f"lijst {list_name} staat niet in het sjabloon")


@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_every_offered_value_validates(template, column):
    values = offered(template, COLUMNS[column])
    assert values
    book = openpyxl.load_workbook(io.BytesIO(xlsx_template.build()))
    sheet = book[xlsx_template.DATA_SHEET]
    positions = {cell.value: cell.column for cell in sheet[1]}
    base = person_rows()[0]
    for offset, value in enumerate(values, start=2):
        row = dict(base, **{"Klacht-ID": f"K-{offset}", column: value})
        for label, cell_value in row.items():
            sheet.cell(row=offset, column=positions[label], value=cell_value)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    report = validate(read_table(buffer, filename="keuzes.xlsx"))
    refused = sorted({values[e.row - 2] for e in report.errors if e.column == column and e.row})
    assert not refused, f"{column}: {len(refused)} waarden uit de keuzelijst geweigerd, bv. {refused[:5]}"
    assert report.valid, [(e.row, e.column, e.message) for e in report.errors[:5]]
    assert report.rows == len(values)
