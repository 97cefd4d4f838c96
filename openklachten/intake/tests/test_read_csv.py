"""Reading CSV files as Excel and other tools write them."""

import pytest

from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_encodings_and_separators_read_the_same(tmp_path, encoding, delimiter):
    data = builders.rows(3, Organisatieonderdeel="Afdeling Cultuur én Sport")
    table = read_table(builders.csv_file(tmp_path, data, delimiter=delimiter, encoding=encoding))
    assert table.delimiter == delimiter
    assert len(table.rows) == 3
    report = validate(table)
    assert report.valid, report.errors
    assert report.records[0]["organisatieonderdeel"] == "Afdeling Cultuur én Sport"


def test_windows_1252_from_dutch_excel_is_detected(tmp_path):
    path = builders.csv_text(tmp_path, "Ontvangstdatum;Organisatieonderdeel\n12-03-2024;Café\n", encoding="cp1252")
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows[0].values == ["12-03-2024", "Café"]


def test_blank_rows_are_skipped_but_row_numbers_stay_as_excel_shows_them(tmp_path):
    text = "Ontvangstdatum;Status\n\n12-03-2024;Afgehandeld\n;\n\n13-03-2024;Onbekend\n"
    table = read_table(builders.csv_text(tmp_path, text))
    assert [row.number for row in table.rows] == [3, 6]
    report = validate(table)
    assert [(e.row, e.column) for e in report.errors if e.code == "onbekende_waarde"] == [(6, "Status")]


def test_title_rows_above_the_header_are_skipped(tmp_path):
    text = "Klachten gemeente Utrecht;\nexport 2024-03-31;\n\nOntvangstdatum;Status\n12-03-2024;Afgehandeld\n"
    table = read_table(builders.csv_text(tmp_path, text))
    assert table.header_row == 4
    assert table.headers == ["Ontvangstdatum", "Status"]
    assert [row.number for row in table.rows] == [5]


def test_trailing_spaces_and_case_in_values_and_headers_are_accepted(tmp_path):
    data = builders.rows(2)
    data[0] = {f"  {k.upper()} ": (f"{v}  " if isinstance(v, str) and v else v) for k, v in data[0].items()}
    data[1] = {f"  {k.upper()} ": v for k, v in data[1].items()}
    report = validate(read_table(builders.csv_file(tmp_path, data)))
    assert report.valid, report.errors
    assert report.records[0]["klacht_id"] == "Z-2024-000000"


def test_quoted_cells_with_separators_and_line_breaks(tmp_path):
    data = builders.rows(2, Gedraging='Hij schreef: "te laat; weer"\nen belde daarna.')
    report = validate(read_table(builders.csv_file(tmp_path, data)))
    assert report.valid, report.errors
    assert report.records[0]["gedraging"] == 'Hij schreef: "te laat; weer"\nen belde daarna.'
    assert report.row_numbers == [2, 3]
