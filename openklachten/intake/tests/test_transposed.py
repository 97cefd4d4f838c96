"""The V0.2 layout: one attribute per row, one complaint per column."""

import csv

from openpyxl import Workbook

from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def test_transposed_csv_is_detected_and_rows_are_column_letters(tmp_path):
    data = builders.rows(3)
    data[1]["Ontvangwijze"] = "Postduif"
    path = tmp_path / "v02.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(builders.transposed_rows(data))
    table = read_table(path)
    assert table.layout == "kolommen"
    assert [row.number for row in table.rows] == ["D", "E", "F"]  # Verplicht? and Toelichting are skipped
    report = validate(table)
    assert [(e.row, e.column, e.code) for e in report.errors] == [("E", "Ontvangwijze", "onbekende_waarde")]
    assert report.records[0]["klacht_id"] == "Z-2024-000000"


def test_transposed_xlsx_with_only_v02_attributes_validates_as_v02(tmp_path):
    book = Workbook()
    for line in builders.transposed_rows(builders.v02_rows(2)):
        book.active.append(line)
    path = tmp_path / "v02.xlsx"
    path.write_bytes(builders.workbook_bytes(book))
    table = read_table(path)
    assert table.layout == "kolommen"
    report = validate(table)
    assert report.valid, report.errors
    assert report.version == "0.2"
    assert report.records[1]["beantwoordingstermijn"] == "binnen-6-weken"
