"""Reading Excel workbooks: date cells, merged headers, sheet choice, the publisher template."""

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from openklachten.intake.readers import UnreadableFile, read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def test_valid_workbook_with_real_date_cells(tmp_path):
    path = builders.xlsx_file(tmp_path, builders.rows(5))
    table = read_table(path)
    assert table.format == "xlsx" and table.sheet == "Klachten"
    assert isinstance(table.rows[0].values[1], dt.datetime)
    report = validate(table)
    assert report.valid, report.errors
    assert report.records[0]["ontvangstdatum"] == dt.date(2024, 1, 1)


def test_messy_export_merged_headers_blank_rows_mixed_dates(tmp_path):
    table = read_table(builders.messy_xlsx(tmp_path))
    assert table.sheet == "Export"  # the instruction sheet in front is passed over
    assert table.headers[2:4] == ["Gerelateerde klacht Organisatie", "Gerelateerde klacht ID"]
    assert [row.number for row in table.rows] == [4, 6, 7]
    report = validate(table)
    dates = [record["ontvangstdatum"] for record in report.records]
    assert dates == [dt.date(2024, 3, 12), dt.date(2024, 3, 13), dt.date(2024, 3, 14)]
    assert report.records[0]["gerelateerde_klacht_organisatie"].endswith("/gemeente/gm0344")
    assert report.records[1]["klacht_id"] == "Z-2"  # trailing space trimmed
    assert report.records[1]["ontvangwijze"] == "e-mail"  # a synonym
    assert [w.column for w in report.warnings if w.code == "onbekende_kolom"] == ["Opmerking intern"]
    missing = [e.column for e in report.errors if e.code == "kolom_ontbreekt"]
    assert "Bestuursorgaan" in missing and "Datum afhandeling" in missing  # row 6 is afgehandeld
    assert len(missing) == len(set(missing))  # once per column, never per row
    assert all(e.code == "kolom_ontbreekt" for e in report.errors)


def test_sheet_named_klachten_wins(tmp_path):
    book = Workbook()
    book.active.title = "Overzicht"
    book.active.append(["Ontvangstdatum", "Status", "Ontvangwijze"])
    book.active.append(["2024-01-01", "Afgehandeld", "Brief"])
    sheet = book.create_sheet("klachten")
    sheet.append(["Ontvangstdatum", "Status"])
    sheet.append(["2024-02-02", "In behandeling"])
    path = tmp_path / "twee.xlsx"
    path.write_bytes(builders.workbook_bytes(book))
    table = read_table(path)
    assert table.sheet == "klachten"
    assert table.rows[0].values == ["2024-02-02", "In behandeling"]


def test_publisher_template_filled_in_reads_back_valid(tmp_path):
    from openklachten.standard.exports import xlsx_template

    book = xlsx_template.workbook()
    sheet = book[xlsx_template.DATA_SHEET]
    headers = [cell.value for cell in sheet[1]]
    for number, row in enumerate(builders.rows(4), start=2):
        for col, header in enumerate(headers, start=1):
            value = row.get(header)
            if header == "Ontvangstdatum":
                value = dt.date.fromisoformat(row[header])  # typed into a date cell
            if value not in (None, ""):
                sheet.cell(row=number, column=col, value=value)
    path = tmp_path / "sjabloon-ingevuld.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheet == "Klachten"
    assert len(table.rows) == 4
    report = validate(table)
    assert report.valid, report.errors
    assert report.version == "1.0"
    assert report.records[2]["afdoeningswijze"] == "zonder-onderzoek-afgedaan"  # the informal one


def test_template_with_an_invalid_choice_names_row_and_hint(tmp_path):
    path = builders.xlsx_file(tmp_path, builders.rows(3))
    book = load_workbook(path)
    sheet = book["Klachten"]
    column = [c.value for c in sheet[1]].index("Ontvangwijze") + 1
    sheet.cell(row=3, column=column, value="Emial")
    book.save(path)
    report = validate(read_table(path))
    assert [(e.row, e.column, e.value, e.code) for e in report.errors] == [
        (3, "Ontvangwijze", "Emial", "onbekende_waarde")
    ]
    assert report.errors[0].message == 'Ontvangwijze "Emial" is geen geldige waarde; bedoelt u "E-mail"?'


def _one_sheet_workbook(path, sheet_xml: str, strings=()):
    """A workbook put together by hand around one sheet's XML, as other generators than Excel write it."""
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return path


def test_prefixed_xml_without_cell_references_is_read(tmp_path):
    """Some generators write <x:row>/<x:c> with a namespace prefix and no cell references."""
    xml = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>Status</x:t></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c>'
        '<x:c t="inlineStr"><x:is><x:t>Ontvangstdatum</x:t></x:is></x:c></x:row>'
        '<x:row r="3"><x:c t="inlineStr"><x:is><x:t>Afgehandeld</x:t></x:is></x:c><x:c><x:v>1.5</x:v></x:c>'
        '<x:c t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    table = read_table(_one_sheet_workbook(tmp_path / "x.xlsx", xml, ["Ontvangwijze &amp; kanaal"]))
    assert table.headers == ["Status", "Ontvangwijze & kanaal", "Ontvangstdatum"]
    assert [(row.number, row.values) for row in table.rows] == [(3, ["Afgehandeld", 1.5, True])]


def test_excel_shaped_workbook_with_shared_strings_and_date_style(tmp_path):
    """Excel and LibreOffice keep text in sharedStrings.xml and dates as styled serial numbers; openpyxl
    writes neither, so this workbook is put together by hand, part by part, as Excel saves it."""
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    strings = ["Ontvangstdatum", "Ontvangwijze", "Status", "E-mail", "Afgehandeld", "Café &amp; zo"]
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Verborgen" sheetId="2" state="hidden" r:id="rId2"/>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId4" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}" count="6" uniqueCount="6">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>",
        "xl/styles.xml": f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/>'
        '<xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><dimension ref="A1:D3"/><sheetData>'
        '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>5</v></c></row>'
        '<row r="3"><c r="A3" s="1"><v>45363</v></c><c r="B3" s="0" t="s"><v>3</v></c>'
        '<c r="C3" t="s"><v>4</v></c><c r="D3" t="str"><f>UPPER("x")</f><v>X</v></c></row>'
        '<row r="4"><c r="A4" s="2"><v>45364</v></c><c r="B4" t="s" cm="1"><v>3</v></c>'
        '<c r="C4" t="s"><v>4</v></c></row>'
        "</sheetData></worksheet>",
        "xl/worksheets/sheet2.xml": f'<worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData></worksheet>',
    }
    path = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    table = read_table(path)
    assert table.sheet == "Blad1"  # the hidden sheet is passed over
    assert table.headers == ["Ontvangstdatum", "Ontvangwijze", "Status", "Café & zo"]
    assert [(row.number, row.values) for row in table.rows] == [
        (3, [dt.datetime(2024, 3, 12), "E-mail", "Afgehandeld", "X"]),
        (4, [dt.datetime(2024, 3, 13), "E-mail", "Afgehandeld", None]),
    ]


def test_cells_without_reference_after_referenced_ones_are_not_lost(tmp_path):
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Status</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Ontvangwijze</t></is></c></row>'
        '<row r="2"><c t="inlineStr"><is><t>Afgehandeld</t></is></c><c><v>7</v></c></row></sheetData></worksheet>'
    )
    table = read_table(_one_sheet_workbook(tmp_path / "x.xlsx", xml))
    assert [(row.number, row.values) for row in table.rows] == [(2, ["Afgehandeld", 7])]


def test_instruction_sheet_listing_the_columns_is_not_taken_for_data(tmp_path):
    book = Workbook()
    book.active.title = "Uitleg"
    book.active.append(["Kolom", "Verplicht", "Toelichting"])
    for label in ("Ontvangstdatum", "Ontvangwijze", "Status", "Formeel/informeel"):
        book.active.append([label, "Ja", "..."])
    data = book.create_sheet("Blad1")
    data.append(["Ontvangstdatum", "Ontvangwijze", "Status"])
    data.append(["2024-01-05", "Brief", "Afgehandeld"])
    path = tmp_path / "uitleg.xlsx"
    path.write_bytes(builders.workbook_bytes(book))
    table = read_table(path)
    assert (table.sheet, table.layout) == ("Blad1", "rijen")


def test_one_cell_far_away_is_refused_before_calamine_lays_out_the_sheet(tmp_path):
    """calamine holds a sheet as one dense block: A1 plus XFD1048576 would be 17 billion cells."""
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Status</t></is></c></row>'
        '<row r="1048576"><c s="0" r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )
    with pytest.raises(UnreadableFile, match="kolommen"):
        read_table(_one_sheet_workbook(tmp_path / "ver.xlsx", xml))


def test_many_cells_without_reference_count_towards_the_limit(tmp_path):
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 6_000
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f"<row>{cells}</row></sheetData></worksheet>"
    )
    with pytest.raises(UnreadableFile, match="kolommen"):
        read_table(_one_sheet_workbook(tmp_path / "breed.xlsx", xml))


_FAR_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Status</t></is></c></row><row r="1048576">'
FAR_SHEETS = {
    # Each of these made calamine lay out gigabytes (or abort the process) while the range scan let it pass.
    "cells-closed-at-once": _FAR_ROW + "<c/>" * 3_000 + "<c><v>1</v></c></row>",
    "cells-after-a-newline": _FAR_ROW + '<c\nt="n"><v>1</v></c>' * 3_000 + "</row>",
    "decoy-references-on-other-elements": _FAR_ROW + '<x r="A1"/>' * 3_000 + "<c><v>1</v></c>" * 3_000 + "</row>",
    "five-letters": _FAR_ROW + '<c r="AAAAJ1048576"><v>1</v></c></row>',
    "lower-case": _FAR_ROW + '<c r="xfd1048576"><v>1</v></c></row>',
    "leading-zeros": '<row r="1"><c r="Z1"><v>1</v></c></row><row><c r="A0001048576"><v>1</v></c></row>',
    "spaces-around-the-equals-sign": _FAR_ROW + '<c r = "XFD1048576"><v>1</v></c></row>',
    "reference-after-other-attributes": _FAR_ROW + "<c t='n' s=\"0\" r='XFD1048576'><v>1</v></c></row>",
    "prefixed": '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row><x:c r="XFD1048576"><x:v>1</x:v></x:c>'
    "</x:row>",
    "prefixed-then-unreferenced": '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="1048576">'
    + "<x:c/>" * 3_000
    + "<x:c><x:v>1</x:v></x:c></x:row>",
}


@pytest.mark.parametrize("kind", sorted(FAR_SHEETS))
def test_every_way_of_writing_a_far_cell_is_refused_before_calamine_lays_out_the_sheet(kind, tmp_path):
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f"{FAR_SHEETS[kind]}</sheetData></worksheet>"
    )
    with pytest.raises(UnreadableFile, match="Het werkblad (gebruikt|loopt tot)"):
        read_table(_one_sheet_workbook(tmp_path / "ver.xlsx", xml))


def test_a_cell_tag_longer_than_a_scan_chunk_is_refused(tmp_path):
    """The scan reads the sheet in 1 MB pieces cut before a tag; a reference behind 1 MB of attribute would
    otherwise fall between two pieces."""
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        f'<row r="1048576"><c x="{"y" * (1 << 21)}" r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )
    with pytest.raises(UnreadableFile, match="XML-element van meer dan 1 MB"):
        read_table(_one_sheet_workbook(tmp_path / "lang.xlsx", xml))
