"""Excel workbooks (.xlsx): pick the sheet with the complaints and read it into a Table."""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from xml.etree import ElementTree

from openpyxl.reader.strings import read_string_table
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from openklachten.intake.readers.base import Table, UnreadableFile
from openklachten.intake.readers.layout import HEADER_SCAN_ROWS, is_blank, table_from_grid
from openklachten.intake.readers.text import without_invisible
from openklachten.intake.readers.xlsx_sheet import SheetCells

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

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


class Workbook:
    """The parts of a workbook needed to read cell values: sheets, shared strings, date styles, epoch."""

    def __init__(self, data: bytes):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = set(self.zip.namelist())
        except (zipfile.BadZipFile, OSError):
            raise UnreadableFile("Het bestand lijkt een Excel-bestand maar is beschadigd of onvolledig.") from None
        check_sizes(self.zip)
        if "content.xml" in names and "mimetype" in names:
            raise UnreadableFile(
                "Dit is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx) of als CSV."
            )
        try:
            self.workbook_path = self._office_document(names)
            root = self._xml(self.workbook_path)
            rels = self._rels(self.workbook_path)
        except (KeyError, ElementTree.ParseError):
            raise UnreadableFile("Dit zip-bestand is geen Excel-werkmap (.xlsx).") from None
        props = root.find(f"{{{MAIN}}}workbookPr")
        date1904 = props is not None and props.get("date1904") in ("1", "true")
        self.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        self.sheets: list[tuple[str, str, str]] = []  # (name, state, path)
        for sheet in root.iter(f"{{{MAIN}}}sheet"):
            target = rels.get(sheet.get(f"{{{REL}}}id"), (None, None))[1]
            if target and target in names:
                self.sheets.append((sheet.get("name", ""), sheet.get("state", "visible"), target))
        if not self.sheets:
            raise UnreadableFile("De Excel-werkmap bevat geen werkbladen.")
        self.shared_strings = self._shared_strings(rels)
        self.date_styles = self._date_styles(rels)

    def _office_document(self, names) -> str:
        if "_rels/.rels" in names:
            for target_type, target in self._rels("").values():
                if target_type.endswith("/officeDocument"):
                    return target
        return "xl/workbook.xml"

    def _xml(self, path: str):
        with self.zip.open(path) as handle:
            return ElementTree.parse(handle).getroot()

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, archive path) for a part ("" for the package itself)."""
        folder, name = posixpath.split(part)
        rels_path = posixpath.join(folder, "_rels", f"{name}.rels")
        try:
            root = self._xml(rels_path)
        except KeyError:
            return {}
        result = {}
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            result[rel.get("Id")] = (rel.get("Type", ""), path)
        return result

    def _part(self, rels, suffix: str) -> str | None:
        return next((path for kind, path in rels.values() if kind.endswith(suffix)), None)

    def _shared_strings(self, rels) -> list[str]:
        path = self._part(rels, "/sharedStrings")
        if not path:
            return []
        with self.zip.open(path) as handle:
            return [without_invisible(str(s)) for s in read_string_table(handle)]

    def _date_styles(self, rels) -> set[int]:
        """Indexes of cell styles whose number format shows a date, so serial numbers become dates."""
        path = self._part(rels, "/styles")
        if not path:
            return set()
        root = self._xml(path)
        custom = {
            int(fmt.get("numFmtId")): fmt.get("formatCode", "")
            for fmt in root.iter(f"{{{MAIN}}}numFmt")
            if fmt.get("numFmtId", "").isdigit()
        }
        xfs = root.find(f"{{{MAIN}}}cellXfs")
        styles = set()
        for index, xf in enumerate(xfs if xfs is not None else []):
            fmt_id = int(xf.get("numFmtId", "0") or 0)
            code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
            if code and is_date_format(code):
                styles.add(index)
        return styles

    def cells(self, path: str) -> SheetCells:
        return SheetCells(self.zip.open(path), self.shared_strings, self.date_styles, self.epoch)


def _first_rows(workbook: Workbook, path: str, limit: int) -> list:
    cells = workbook.cells(path)
    grid = []
    for number, values in cells:
        if not is_blank(values):
            grid.append((number, values))
            if len(grid) >= limit:
                break
    cells.source.close()
    return grid


def _recognised(grid, matcher) -> tuple[int, int]:
    """How many attribute names a sheet shows in its best header row, and in its first column."""
    best = 0
    for _, values in grid:
        best = max(best, len({m for m in (matcher.match(str(v)) for v in values if v is not None) if m}))
    first_column = {matcher.match(str(values[0])) for _, values in grid if values and values[0] is not None}
    return best, len(first_column - {None})


def choose_sheet(workbook: Workbook, matcher) -> tuple[str, str]:
    """The sheet named Klachten; else the visible sheet with the best header row (one complaint per row is
    the norm), else the one with most attribute names in its first column (V0.2 layout), else the first."""
    visible = [(name, path) for name, state, path in workbook.sheets if state == "visible"] or [
        (name, path) for name, _, path in workbook.sheets
    ]
    for name, path in visible:
        if name.strip().lower() == PREFERRED_SHEET:
            return name, path
    scored = []
    for position, (name, path) in enumerate(visible):
        grid = _first_rows(workbook, path, HEADER_SCAN_ROWS + 60)
        if grid:
            by_row, by_column = _recognised(grid, matcher)
            scored.append((by_row, by_column, -position, name, path))
    if not scored:
        raise UnreadableFile("De Excel-werkmap bevat geen gegevens: alle werkbladen zijn leeg.")
    by_row = max(scored, key=lambda s: (s[0], s[2]))
    if by_row[0] >= MIN_RECOGNISED:
        return by_row[3], by_row[4]
    by_column = max(scored, key=lambda s: (s[1], s[2]))
    if by_column[1] >= MIN_RECOGNISED:
        return by_column[3], by_column[4]
    first = max(scored, key=lambda s: s[2])
    return first[3], first[4]


# What a damaged or truncated workbook raises somewhere inside zipfile, zlib or the XML parser.
# RuntimeError: a part flagged as encrypted; NotImplementedError: an unknown compression method; struct.error
# and OverflowError: a mangled zip directory.
DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    ElementTree.ParseError,
    UnicodeDecodeError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    struct.error,
)


def read_xlsx(data: bytes, filename: str | None, matcher) -> Table:
    """Read the complaints sheet of a workbook; row numbers are Excel's."""
    try:
        workbook = Workbook(data)
        name, path = choose_sheet(workbook, matcher)
        cells = workbook.cells(path)
        try:
            grid = [(number, values) for number, values in cells if not is_blank(values)]
        finally:
            cells.source.close()
    except DAMAGED:
        raise UnreadableFile(
            "Het Excel-bestand is beschadigd of onvolledig; sla het opnieuw op en probeer het nog eens."
        ) from None
    return table_from_grid(grid, "xlsx", matcher=matcher, merges=cells.merges, filename=filename, sheet=name)
