"""Excel workbooks (.xlsx): pick the sheet with the complaints and read it into a Table.

The cells are read by python-calamine (MIT, a Rust reader); this module guards it. Before calamine opens
anything, the zip directory is checked for parts that unpack to too much, and the chosen sheet's XML is
scanned once, in chunks, for the extent of its cells: calamine holds a sheet as one dense block, so one
cell far away (XFD1048576) would otherwise cost gigabytes, or abort the process when its 32-bit positions
wrap around. The scan reads references the way calamine does (either case, leading zeros, any attribute
order, cells without a reference placed one after another); chunks written the usual way take a fast path.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import struct
import zipfile
import zlib

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from openklachten.intake.readers.base import Table, UnreadableFile
from openklachten.intake.readers.layout import HEADER_SCAN_ROWS, MAX_COLUMNS, is_blank, table_from_grid
from openklachten.intake.readers.text import INVISIBLE, without_invisible

_find_invisible = INVISIBLE.search

# The sheet name the publisher template uses; a sheet with this name wins over any other.
PREFERRED_SHEET = "klachten"

# A sheet "looks like data" when this many attribute names are recognised in its header (or first column).
MIN_RECOGNISED = 2


def looks_like_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


# Limits checked on the zip directory before any part is decompressed: a zip bomb is refused in milliseconds.
# A year of a large organisation's complaints is a few hundred MB of XML at most; real XML compresses
# 5-30 times, while a bomb reaches 1,000 times (400 MB of shared strings in a 400 KB file).
MAX_PART_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_FROM_BYTES = 10 * 1024 * 1024  # small parts may compress as well as they like


def check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts would decompress to too much, judged by the sizes the zip declares.

    zipfile never returns more bytes than a part declares, so these checks bound what is read.
    """
    total = 0
    for info in archive.infolist():
        total += info.file_size
        too_big = info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        if too_big or (info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO):
            raise UnreadableFile(
                f"Het Excel-bestand pakt uit tot meer dan {max(info.file_size, total) // (1024 * 1024)} MB "
                f"(onderdeel {info.filename[:60]}). Dat is geen gewone klachtenlijst; lever de klachten aan als "
                "CSV, of splits het bestand."
            )


# Cells of the sheet as calamine lays them out (rows x columns of the used range): 100,000 complaints with
# all 35 attributes are 3.5 million; beyond this a sheet is mostly empty space or not a complaint list.
MAX_CELLS = 20_000_000
# Decompressed sheet XML scanned per step when measuring the used range.
SCAN_CHUNK = 1 << 20
# What a reference calamine cannot hold counts as: calamine computes rows and columns in 32 bits and wraps
# around, so more than 9 digits or 4 letters may land anywhere: counted as this much, the sheet is refused.
FAR = 1 << 32

# The fast path: cells as writers write them, <c r="B7" ...> (or <x:c r="B7" ...> with one namespace prefix).
# A chunk in which every "<c" and ":c" is such a cell (counted, so a reference in a comment or text cannot
# stand in for a cell) is measured by two patterns alone; any other chunk is parsed tag by tag.
_PREFIX = re.compile(rb'<([^\s<>/:=!?]{1,20}:)c r="')


@functools.lru_cache(maxsize=8)
def _plain(prefix: bytes) -> tuple[re.Pattern, re.Pattern]:
    start = re.escape(b"<" + prefix + b'c r="')
    return re.compile(start + rb'([A-Z]{1,3})[0-9]{1,7}"'), re.compile(start + rb'[A-Z]{1,3}([0-9]{1,7})"')


# A start tag (prefixed or not) with its attributes; values are skipped whole, so r= inside one is not taken.
_ATTRIBUTES = rb"""((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)"""
_CELL_TAG = re.compile(rb"<(?:[^\s<>/:=!?]+:)?c(?=[\s>/])" + _ATTRIBUTES)
_ROW_TAG = re.compile(rb"<(?:[^\s<>/:=!?]+:)?row(?=[\s>/])" + _ATTRIBUTES)
_ANY_TAG = re.compile(rb"<[/?!]?[^\s<>/=]*" + _ATTRIBUTES + rb"\s*[/?]?>")
_R_ATTRIBUTE = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# What calamine accepts as a reference: letters of either case, then digits (leading zeros allowed).
_REFERENCE = re.compile(rb"([A-Za-z]*)0*([0-9]*)")


def _column_number(letters: bytes) -> int:
    if len(letters) > 4:
        return FAR
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _row_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 9 else FAR


def _reference(attributes: bytes) -> tuple[int, int] | None:
    """(row, column) of a tag's r attribute as calamine reads it; None without one (or one calamine refuses)."""
    found = _R_ATTRIBUTE.search(attributes)
    if found is None:
        return None
    parts = _REFERENCE.fullmatch(found.group(1) if found.group(1) is not None else found.group(2))
    if parts is None or not parts.group(1):
        return None
    return _row_number(parts.group(2) or b"0"), _column_number(parts.group(1))


class _Extent:
    """The furthest cell reference seen, and the cells without one (calamine places those one after another)."""

    def __init__(self):
        self.letters: set[bytes] = set()
        self.rows: set[bytes] = set()
        self.last_row = self.last_column = self.unreferenced = 0

    def add(self, data: bytes) -> None:
        prefixed = data.count(b":c")
        found = _PREFIX.search(data) if prefixed else None
        prefix = found.group(1) if found else b""
        if prefix:  # </x:c> holds ":c" too, and starts no cell
            prefixed -= data.count(b"</" + prefix + b"c>")
        plain_letters, plain_rows = _plain(prefix)
        letters = plain_letters.findall(data)
        if data.count(b"<c") + prefixed == len(letters):
            self.letters.update(letters)
            self.rows.update(plain_rows.findall(data))
            return
        for attributes in _CELL_TAG.findall(data):
            reference = _reference(attributes)
            if reference is None:
                self.unreferenced += 1
            else:
                self.last_row = max(self.last_row, reference[0])
                self.last_column = max(self.last_column, reference[1])

    def size(self) -> tuple[int, int]:
        last_row = max(self.last_row, max(map(int, self.rows), default=0))
        last_column = max(self.last_column, max(map(_column_number, self.letters), default=0))
        return last_row, last_column


def _chunks(archive: zipfile.ZipFile, part: str):
    """The part's XML in pieces of about SCAN_CHUNK bytes, each ending before a tag."""
    carry = b""
    with archive.open(part) as handle:
        while True:
            chunk = handle.read(SCAN_CHUNK)
            data = carry + chunk
            cut = data.rfind(b"<") if chunk else len(data)
            data, carry = data[:cut], data[cut:]
            if len(carry) > SCAN_CHUNK:  # text after the last tag, or one tag longer than a chunk
                if _ANY_TAG.match(carry) is None:
                    raise UnreadableFile(
                        "Het werkblad bevat een XML-element van meer dan 1 MB; dat maakt geen rekenprogramma. "
                        "Lever de klachten aan als CSV."
                    )
                data, carry = data + carry, b""  # the tag is whole; what follows it holds no tag
            yield data
            if not chunk:
                return


def used_range(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """(rows, columns) a sheet can span at most, from its XML read in chunks: the furthest cell reference, and
    for cells without a reference (calamine places them one after another in their row) their count."""
    extent = _Extent()
    for data in _chunks(archive, part):
        extent.add(data)
    last_row, last_column = extent.size()
    if not extent.unreferenced:
        return last_row, last_column
    # Cells without a reference go into the row their row tag names, or the row after the previous one.
    row_tags = 0
    for data in _chunks(archive, part):
        for attributes in _ROW_TAG.findall(data):
            row_tags += 1
            found = _R_ATTRIBUTE.search(attributes)
            digits = _REFERENCE.fullmatch(found.group(1) or found.group(2) or b"") if found else None
            if digits is not None and digits.group(2):
                last_row = max(last_row, _row_number(digits.group(2)))
    return last_row + row_tags, last_column + extent.unreferenced


def _check_range(archive: zipfile.ZipFile, part: str | None) -> None:
    if part is None or part not in archive.namelist():  # not found the usual way: measure every sheet part
        for name in archive.namelist():
            if name.startswith("xl/") and name.endswith(".xml") and "sheet" in name.rsplit("/", 1)[-1]:
                _check_part(archive, name)
        return
    _check_part(archive, part)


def _check_part(archive: zipfile.ZipFile, part: str) -> None:
    rows, columns = used_range(archive, part)
    if columns > MAX_COLUMNS:
        raise UnreadableFile(
            f"Het werkblad gebruikt {columns:_} kolommen; een klachtenlijst heeft er hooguit enkele tientallen "
            f"(grens: {MAX_COLUMNS:_}). Verwijder de lege kolommen of lever het werkblad aan als CSV.".replace("_", ".")
        )
    if rows * columns > MAX_CELLS:
        raise UnreadableFile(
            f"Het werkblad loopt tot rij {rows:_} en kolom {columns:_}; dat zijn meer dan {MAX_CELLS:_} cellen. "
            "Verwijder lege rijen en kolommen onder en naast de klachten, of lever de klachten aan als "
            "CSV.".replace("_", ".")
        )


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> XML part, from the workbook and its relationships (for the range check)."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", errors="replace")
    except KeyError:
        return {}
    targets = {}
    for tag in re.findall(r"<(?:\w+:)?Relationship\b[^>]*>", rels):
        ident = re.search(r'\bId="([^"]*)"', tag)
        target = re.search(r'\bTarget="([^"]*)"', tag)
        if ident and target:
            path = target.group(1).lstrip("/")
            targets[ident.group(1)] = path if path.startswith("xl/") else "xl/" + path
    parts = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook):
        name = re.search(r'\bname="([^"]*)"', tag)
        ident = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', tag)
        if name and ident:
            parts[_xml_unescape(name.group(1))] = targets.get(ident.group(1) or ident.group(2))
    return parts


def _xml_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _not_text(value):
    """A calamine value other than text as openpyxl gives it: whole numbers as int, dates as date-times."""
    if value.__class__ is float and value.is_integer():
        return int(value)
    if value.__class__ is dt.date:  # calamine gives whole days as dates; Excel (and openpyxl) know only date-times
        return dt.datetime(value.year, value.month, value.day)
    return value


def _converted(values: list) -> list:
    """A calamine row as openpyxl gives it: text without invisible characters, empty text as None.

    Invisible characters are looked for once per row (in its text joined by newlines, which they do not
    include), not once per cell: that per-cell call was most of the conversion time."""
    cells = [(value or None) if value.__class__ is str else _not_text(value) for value in values]
    if _find_invisible("\n".join([cell for cell in cells if cell.__class__ is str])):
        cells = [without_invisible(cell) if cell.__class__ is str else cell for cell in cells]
    return cells


class Sheet:
    """One worksheet as calamine read it: rows with Excel's row numbers, and its merged ranges."""

    def __init__(self, workbook: CalamineWorkbook, name: str):
        self.name = name
        self._sheet = workbook.get_sheet_by_name(name)
        start = self._sheet.start
        self._first_row, self._first_column = start if start is not None else (0, 0)
        ranges = self._sheet.merged_cell_ranges or []
        self.merges = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in ranges]

    def rows(self):
        """(row number, values) of every non-blank row, converted one row at a time."""
        if self._sheet.start is None:
            return
        pad = [None] * self._first_column
        for offset, values in enumerate(self._sheet.iter_rows()):
            cells = [*pad, *_converted(values)] if pad else _converted(values)
            while cells and cells[-1] is None:
                cells.pop()
            if not is_blank(cells):
                yield self._first_row + offset + 1, cells


def _first_rows(sheet: Sheet, limit: int) -> list:
    grid = []
    for item in sheet.rows():
        grid.append(item)
        if len(grid) >= limit:
            break
    return grid


def _recognised(grid, matcher) -> tuple[int, int]:
    """How many attribute names a sheet shows in its best header row, and in its first column."""
    best = 0
    for _, values in grid:
        best = max(best, len({m for m in (matcher.match(str(v)) for v in values if v is not None) if m}))
    first_column = {matcher.match(str(values[0])) for _, values in grid if values and values[0] is not None}
    return best, len(first_column - {None})


def choose_sheet(workbook: CalamineWorkbook, archive: zipfile.ZipFile, matcher) -> Sheet:
    """The sheet named Klachten; else the visible sheet with the best header row (one complaint per row is
    the norm), else the one with most attribute names in its first column (V0.2 layout), else the first."""
    sheets = [m for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet] or list(workbook.sheets_metadata)
    visible = [m.name for m in sheets if m.visible == SheetVisibleEnum.Visible] or [m.name for m in sheets]
    if not visible:
        raise UnreadableFile("De Excel-werkmap bevat geen werkbladen.")
    parts = _sheet_parts(archive)

    def open_sheet(name: str) -> Sheet:
        _check_range(archive, parts.get(name))
        return Sheet(workbook, name)

    for name in visible:
        if name.strip().lower() == PREFERRED_SHEET:
            return open_sheet(name)
    scored = []
    for position, name in enumerate(visible):
        grid = _first_rows(open_sheet(name), HEADER_SCAN_ROWS + 60)
        if grid:
            by_row, by_column = _recognised(grid, matcher)
            scored.append((by_row, by_column, -position, name))
    if not scored:
        raise UnreadableFile("De Excel-werkmap bevat geen gegevens: alle werkbladen zijn leeg.")
    by_row = max(scored, key=lambda s: (s[0], s[2]))
    if by_row[0] >= MIN_RECOGNISED:
        return open_sheet(by_row[3])
    by_column = max(scored, key=lambda s: (s[1], s[2]))
    if by_column[1] >= MIN_RECOGNISED:
        return open_sheet(by_column[3])
    return open_sheet(max(scored, key=lambda s: s[2])[3])


DAMAGED_MESSAGE = "Het Excel-bestand is beschadigd of onvolledig; sla het opnieuw op en probeer het nog eens."
# What a damaged or truncated workbook raises somewhere inside zipfile, zlib or calamine.
# RuntimeError: a part flagged as encrypted; NotImplementedError: an unknown compression method; struct.error
# and OverflowError: a mangled zip directory.
DAMAGED = (
    CalamineError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    UnicodeDecodeError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    OSError,
    struct.error,
)


def _open_archive(handle) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(handle)
        names = set(archive.namelist())
    except DAMAGED:
        raise UnreadableFile("Het bestand lijkt een Excel-bestand maar is beschadigd of onvolledig.") from None
    check_sizes(archive)
    if "content.xml" in names and "mimetype" in names:
        raise UnreadableFile(
            "Dit is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    if not any(name.endswith(".xml") and name.startswith("xl/") for name in names):
        raise UnreadableFile("Dit zip-bestand is geen Excel-werkmap (.xlsx).")
    return archive


def read_xlsx(handle, filename: str | None, matcher) -> Table:
    """Read the complaints sheet of a workbook; row numbers are Excel's. Rows are converted lazily."""
    archive = _open_archive(handle)
    try:
        handle.seek(0)
        workbook = CalamineWorkbook.from_filelike(handle)
        sheet = choose_sheet(workbook, archive, matcher)
    except DAMAGED:
        raise UnreadableFile(DAMAGED_MESSAGE) from None
    grid = _guarded(sheet.rows())
    return table_from_grid(grid, "xlsx", matcher=matcher, merges=sheet.merges, filename=filename, sheet=sheet.name)


def _guarded(rows):
    try:
        yield from rows
    except DAMAGED:
        raise UnreadableFile(DAMAGED_MESSAGE) from None
