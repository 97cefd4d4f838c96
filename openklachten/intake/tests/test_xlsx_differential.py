"""The XLSX reader (python-calamine) reads the same cells as openpyxl, an independent reader, on workbooks
written in the ways publishers' files are written: by openpyxl (normal and write-only), by hand in Excel's
own shape (shared strings with rich text and phonetic runs, inline strings, styled date serials, the 1904
calendar, formulas with cached values), by LibreOffice Calc (committed files in libreoffice/, made by its
make_fixtures.py: a workbook, a CSV and the filled-in template saved by Calc, so no LibreOffice is needed to
run this), and the platform's own template. (The fuzz corpus's workbooks are all meant to be refused before
any reader opens them: tests/fuzz.)

Every sheet of every workbook is compared cell by cell (row numbers included), plus the merged ranges.
"""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from openklachten.intake.readers.text import without_invisible
from openklachten.intake.readers.xlsx import Sheet

ROOT = Path(__file__).resolve().parents[3]
LIBREOFFICE = Path(__file__).resolve().parent / "libreoffice"
LIBREOFFICE_SAVED = ["sjabloon-ingevuld.xlsx", "uit-csv.xlsx", "uit-openpyxl.xlsx"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _oracle_cell(value):
    if isinstance(value, str):
        value = without_invisible(value)
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def oracle(path: Path) -> dict[str, tuple[list, list]]:
    """Per sheet: (non-blank rows as (number, values without trailing blanks), merged ranges) per openpyxl."""
    book = load_workbook(path, data_only=True)
    result = {}
    for sheet in book.worksheets:
        rows = []
        for cells in sheet.iter_rows():
            values = [_oracle_cell(cell.value) for cell in cells]
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append((cells[0].row, values))
        merges = sorted((m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges)
        result[sheet.title] = (rows, merges)
    return result


def ours(path: Path) -> dict[str, tuple[list, list]]:
    workbook = CalamineWorkbook.from_path(path)
    result = {}
    for name in workbook.sheet_names:
        sheet = Sheet(workbook, name)
        result[name] = (list(sheet.rows()), sorted(sheet.merges))
    return result


def _openpyxl_normal(path: Path) -> Path:
    """Title rows above a merged two-level header, dates as cells and as text, numbers, a formula."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Klachten"
    sheet.append(["Klachtenoverzicht 2024 — Gemeente Voorbeeld"])
    sheet.append(["Aangemaakt op", dt.datetime(2025, 1, 6, 9, 30)])
    sheet.append([])
    sheet.append(["Klacht-ID", "Ontvangstdatum", "Gerelateerde klacht", None, "Aantal", "Gedraging"])
    sheet.append([None, None, "Organisatie", "Klacht-ID", None, None])
    sheet.merge_cells("C4:D4")
    sheet.merge_cells("A4:A5")
    rows = [
        ("Z-1", dt.datetime(2024, 3, 12), "Gemeente Utrecht", "U-7", 3, "Geen reactie op mijn brief\u200b."),
        ("Z-2", "12-03-2024", None, None, 2.5, "Café & bakkerij <dicht>"),
        ("Z-3", dt.date(2024, 2, 29), None, None, "=E6+E7", "  spaties  "),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet["B8"].number_format = "DD-MM-YYYY"
    extra = book.create_sheet("Toelichting")
    extra.append(["Kolom", "Uitleg"])
    extra.append(["Ontvangstdatum", "dd-mm-jjjj"])
    book.save(path)
    return path


def _openpyxl_write_only(path: Path) -> Path:
    from openklachten.intake import samples

    samples.write_xlsx(path, samples.sample_rows(60))
    return path


def _excel_shaped(path: Path, *, date1904: bool = False) -> Path:
    """The parts as Excel saves them: shared strings (plain, rich text, phonetic), styles, inline strings."""
    strings = [
        "<si><t>Ontvangstdatum</t></si>",
        "<si><t>Ontvangwijze</t></si>",
        '<si><r><rPr><b/></rPr><t>Sta</t></r><r><t xml:space="preserve">tus </t></r></si>',
        "<si><t>E-mail</t></si>",
        '<si><t>Afgehandeld</t><rPh sb="0" eb="1"><t>ア</t></rPh></si>',
        "<si><t>Caf&#233; &amp; zo</t></si>",
    ]
    workbook_pr = '<workbookPr date1904="1"/>' if date1904 else ""
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_pr}<sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" count="6" uniqueCount="6">' + "".join(strings) + "</sst>",
        "xl/styles.xml": f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" '
        'applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}"><dimension ref="A1:E5"/><sheetData>'
        '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>5</v></c><c r="E1" t="inlineStr"><is><t>Aantal</t></is></c>'
        "</row>"
        '<row r="3"><c r="A3" s="1"><v>45363</v></c><c r="B3" s="0" t="s"><v>3</v></c>'
        '<c r="C3" t="s"><v>4</v></c><c r="D3" t="str"><f>UPPER("x")</f><v>X</v></c>'
        '<c r="E3" s="3"><v>1.5</v></c></row>'
        '<row r="5"><c r="A5" s="2"><v>45364</v></c><c r="B5" t="s" cm="1"><v>3</v></c>'
        '<c r="C5" t="inlineStr"><is><t>In behandeling</t></is></c><c r="D5" t="b"><v>1</v></c>'
        '<c r="E5"><v>7</v></c></row>'
        "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return path


WORKBOOKS = {
    "openpyxl": _openpyxl_normal,
    "openpyxl-write-only": _openpyxl_write_only,
    "excel-shaped": _excel_shaped,
    "excel-shaped-1904": lambda path: _excel_shaped(path, date1904=True),
}


@pytest.mark.parametrize("kind", sorted(WORKBOOKS))
def test_reads_the_same_cells_as_openpyxl(kind, tmp_path):
    path = WORKBOOKS[kind](tmp_path / f"{kind}.xlsx")
    expected = oracle(path)
    assert any(rows for rows, _ in expected.values())  # the oracle read something: the comparison is not empty
    assert ours(path) == expected


def test_the_template_reads_the_same_as_with_openpyxl():
    template = ROOT / "docs" / "standaard" / "publicatiesjabloon.xlsx"
    assert ours(template) == oracle(template)


@pytest.mark.parametrize("name", LIBREOFFICE_SAVED)
def test_workbooks_saved_by_libreoffice_read_the_same_as_with_openpyxl(name):
    path = LIBREOFFICE / name
    with zipfile.ZipFile(path) as archive:  # really written by Calc, not by the code that made its source
        assert b"<Application>LibreOffice/" in archive.read("docProps/app.xml")
    expected = oracle(path)
    assert any(rows for rows, _ in expected.values())
    assert ours(path) == expected


def test_libreoffice_turned_the_csv_dates_into_date_cells():
    """The CSV case covers dates as numbers: Calc stored the Dutch dates as styled serials, not as text."""
    rows, _ = ours(LIBREOFFICE / "uit-csv.xlsx")["uit-csv"]
    header = rows[0][1]
    dates = [values[header.index("Ontvangstdatum")] for _, values in rows[1:]]
    assert all(isinstance(value, dt.datetime) for value in dates)
    assert dates[3] == dt.datetime(2024, 1, 4)  # written as 04-01-2024 in the CSV


@pytest.mark.parametrize(("name", "rows"), [("sjabloon-ingevuld.xlsx", 4), ("uit-csv.xlsx", 25)])
def test_complaint_files_saved_by_libreoffice_are_read_and_valid(name, rows):
    from openklachten.intake.readers import read_table
    from openklachten.intake.validation import validate

    table = read_table(LIBREOFFICE / name)
    assert len(table.rows) == rows
    report = validate(table)
    assert report.valid, report.errors[:3]


def _all_workbooks(tmp_path) -> list[Path]:
    paths = [write(tmp_path / f"{kind}.xlsx") for kind, write in WORKBOOKS.items()]
    saved = [LIBREOFFICE / name for name in LIBREOFFICE_SAVED]
    return [*paths, *saved, ROOT / "docs" / "standaard" / "publicatiesjabloon.xlsx"]


def test_the_range_scan_covers_what_calamine_lays_out(tmp_path):
    """The scan that guards calamine (readers/xlsx.used_range) never measures a sheet smaller than calamine
    lays it out, on every workbook above: its fast path (<c r="B7">) and its tag-by-tag path both run here."""
    from openklachten.intake.readers.xlsx import _sheet_parts, used_range

    for path in _all_workbooks(tmp_path):
        workbook = CalamineWorkbook.from_path(path)
        with zipfile.ZipFile(path) as archive:
            for name, part in _sheet_parts(archive).items():
                end = workbook.get_sheet_by_name(name).end
                rows, columns = used_range(archive, part)
                if end is not None:
                    assert rows > end[0] and columns > end[1], path
