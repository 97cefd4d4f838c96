"""The bad-input corpus: files that once crashed, hung or slipped through the readers, made by code.

`python -m tests.fuzz.corpus DIR` writes them all; the tests call `write(directory)`. Each case names what a
user must get: `refused` (a Dutch message, nothing stored) or `accepted` (stored, possibly with warnings).
Nothing here is real data. The big cases are big on purpose (zip bombs, a 17 MB cell): they prove limits hold.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openklachten.intake import samples


@dataclass(frozen=True)
class Case:
    name: str  # file name, its extension is what a user would have
    expect: str  # "refused" | "accepted" | "either" (only: handled cleanly, all or nothing)
    why: str


CASES: list[Case] = []
WRITERS = {}


def case(name: str, expect: str, why: str):
    def register(writer):
        CASES.append(Case(name, expect, why))
        WRITERS[name] = writer
        return writer

    return register


def _rows(n: int = 3, **overrides) -> list[dict]:
    rows = samples.sample_rows(n)
    for row in rows:  # the delivering organisation's own complaints (another body's file is refused as misfiled)
        row["Bestuursorgaan"] = "Gemeente Amsterdam"
    for key, value in overrides.items():
        rows[0][key] = value
    return rows


def _csv(rows: list[dict], headers=None) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headers or list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


# --- text that looks like a list or an empty value -------------------------------------------------------------
@case("gedraging-met-streepje.csv", "accepted", "free text beginning with '- ' (an IndexError in the header scan)")
def _dash_text():
    return _csv(_rows(Gedraging="- De aanvrager kreeg geen antwoord op zijn brief."))


@case("losse-streep-in-kop.csv", "either", "a lone '-' as a header cell under a group header")
def _dash_header():
    rows = _rows()
    text = _csv(rows).decode()
    header, rest = text.split("\n", 1)
    group = ";".join(["Gerelateerde klacht"] + [""] * (len(rows[0]) - 1))
    return f"{group}\n{header};-\n{rest}".encode()


# --- shapes no spreadsheet has -----------------------------------------------------------------------------------
@case("twintigduizend-kolommen.csv", "refused", "20,018 columns (get_column_letter overflows past XFD)")
def _wide():
    rows = _rows()
    headers = list(rows[0]) + [f"extra{i}" for i in range(20_018 - len(rows[0]))]
    return _csv(rows, headers=headers)


@case("diep-genest.json", "refused", "JSON nested 100,000 deep (RecursionError)")
def _deep():
    return ("[" * 100_000 + "]" * 100_000).encode()


@case("getal-van-5000-cijfers.json", "refused", "a 5,000-digit number in a text field (int->str limit)")
def _big_number():
    record = dict(_rows(1)[0])
    record["Klacht-ID"] = "x"
    text = json.dumps([record])
    return text.replace('"x"', "9" * 5000).encode()


@case("datum-jaar-0001.csv", "refused", "a date in the year 0001 (the trend grew to 24,295 months)")
def _year_one():
    return _csv(_rows(Ontvangstdatum="0001-01-01"))


@case("alleen-kopregel.csv", "either", "only a header row: an empty delivery moved 'laatste aanlevering' forward")
def _header_only():
    return _csv(_rows())[: _csv(_rows()).index(b"\n") + 1]


@case("onzichtbare-tekens.csv", "accepted", "RTL override, zero-width characters and NUL in a text (stored as-is)")
def _invisible():
    return _csv(_rows(Gedraging="De klager\u202e kreeg\u200b geen\u0000 antwoord\ufeff op zijn brief."))


@case("cel-van-17-mb.csv", "refused", "a 17 MB cell (the message was half English)")
def _huge_cell():
    return _csv(_rows(Gedraging="lang " * (17 * 1024 * 1024 // 5)))


# --- workbooks that are bombs or broken -------------------------------------------------------------------------
def _xlsx(parts: dict[str, bytes | str], *, huge: dict[str, tuple[bytes, int, bytes]] | None = None) -> bytes:
    """A minimal workbook; `huge` parts are streamed as prefix + filler*count + suffix (compress to little)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        for name, (prefix, count, filler_and_suffix) in (huge or {}).items():
            filler, suffix = filler_and_suffix.split(b"|", 1)
            with archive.open(name, "w", force_zip64=True) as handle:
                handle.write(prefix)
                block = filler * (1 << 20)
                for _ in range(count):
                    handle.write(block)
                handle.write(suffix)
    return buffer.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Klachten" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _frame(sheet: bytes | None = None, strings: bytes | None = None, huge=None) -> bytes:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    }
    if sheet is not None:
        parts["xl/worksheets/sheet1.xml"] = sheet
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
    return _xlsx(parts, huge=huge)


STRINGS_HEAD = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
TWO_ROWS = (
    b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    b'<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" t="s"><v>99</v></c></row></sheetData></worksheet>'
)


@case("gedeelde-tekst-buiten-bereik.xlsx", "refused", "a shared-string index past the end of the table")
def _string_index():
    strings = STRINGS_HEAD + b"<si><t>Klacht-ID</t></si><si><t>Ontvangstdatum</t></si></sst>"
    return _frame(SHEET_HEAD + TWO_ROWS, strings)


@case("gedeelde-teksten-bom.xlsx", "refused", "400 MB of shared strings in a 400 KB file (6.2 GiB before)")
def _strings_bomb():
    return _frame(
        SHEET_HEAD + TWO_ROWS, huge={"xl/sharedStrings.xml": (STRINGS_HEAD + b"<si><t>", 400, b"A|</t></si></sst>")}
    )


@case("spaties-voor-sheetdata.xlsx", "refused", "1 GiB of spaces before <sheetData> (hung for 90 s)")
def _spaces_bomb():
    strings = STRINGS_HEAD + b"<si><t>Klacht-ID</t></si><si><t>Ontvangstdatum</t></si></sst>"
    return _frame(strings=strings, huge={"xl/worksheets/sheet1.xml": (SHEET_HEAD, 1024, b" |" + TWO_ROWS)})


@case("onafgesloten-rij.xlsx", "refused", "one unterminated row of 3 MB of cells")
def _unterminated():
    strings = STRINGS_HEAD + b"<si><t>Klacht-ID</t></si><si><t>Ontvangstdatum</t></si></sst>"
    cells = b"".join(b'<c t="s"><v>0</v></c>' for _ in range(150_000))
    return _frame(SHEET_HEAD + b'<sheetData><row r="1">' + cells, strings)


@case("een-gigabyte-tekst.xlsx", "refused", "one shared string of 1 GiB (2.2 GB peak, accepted through the web)")
def _one_string():
    return _frame(
        SHEET_HEAD + TWO_ROWS, huge={"xl/sharedStrings.xml": (STRINGS_HEAD + b"<si><t>", 1024, b"x|</t></si></sst>")}
    )


@case("externe-entiteit.xlsx", "refused", "an XML external entity pointing at a local file")
def _xxe():
    sheet = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>'
    )
    return _frame(sheet)


def write(directory: Path, names=None) -> dict[str, Path]:
    """Write the corpus (or the named cases) into `directory`; returns name -> path."""
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for item in CASES:
        if names and item.name not in names:
            continue
        path = directory / item.name
        if not path.exists():
            path.write_bytes(WRITERS[item.name]())
        written[item.name] = path
    return written


if __name__ == "__main__":
    for name, path in write(Path(sys.argv[1])).items():
        print(f"{path.stat().st_size:>12,}  {name}")
