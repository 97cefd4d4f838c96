"""Streaming cell reader for one worksheet of an .xlsx file.

openpyxl's read-only mode reads about 100,000 cells a second here (and scans a whole sheet twice when
the file has no <dimension>), too slow for the 100,000-row goal. Cells in sheetData have a small,
fixed shape, so this reader tokenises them with regular expressions on decompressed chunks instead.
The workbook around the sheet (sheets, shared strings, styles) is read in `xlsx.py`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel

# Decompressed bytes handled per step: large enough to amortise regex calls, small enough for memory.
CHUNK = 1 << 20

_NS = r"(?:[\w.-]+:)?"
_TOKEN = re.compile(
    rf"<{_NS}row\b(?P<row>[^>]*)>"
    rf"|<{_NS}c\b(?P<attrs>[^>]*?)(?:/>|>(?P<inner>.*?)</{_NS}c>)",
    re.S,
)
_ATTR = re.compile(r"""\b([rst])\s*=\s*["']([^"']*)["']""")
_ROW_NUMBER = re.compile(r"""\br\s*=\s*["'](\d+)["']""")
_VALUE = re.compile(rf"<{_NS}v>(.*?)</{_NS}v>", re.S)
_TEXT = re.compile(rf"<{_NS}t(?:\s[^>]*)?>(.*?)</{_NS}t>", re.S)
_PHONETIC = re.compile(rf"<{_NS}rPh\b.*?</{_NS}rPh>", re.S)
_COORD = re.compile(r"([A-Z]+)(\d+)")
# The shape Excel, LibreOffice and openpyxl write: no namespace prefix, double quotes, r first, then s and t.
# Groups: column, row, s, t, s (either order), other attributes, self-closing, <v>, inline <t>, anything else.
_FAST_CELL = re.compile(
    r'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?: s="(\d+)")?([^>]*?)'
    r"(?:(/)>|>(?:<v>([^<]*)</v>|<is><t(?:\s[^>]*)?>([^<]*)</t></is>|(.*?))</c>)",
    re.S,
)
_MERGE = re.compile(rb"""<(?:[\w.-]+:)?mergeCell\b[^>]*\bref\s*=\s*["']([A-Z]+)(\d+):([A-Z]+)(\d+)["']""")
_SHEETDATA = re.compile(rb"<([\w.-]+:)?sheetData\b")


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


class SheetCells:
    """Rows of one sheet as `(row_number, values)`; merged ranges are known once the rows are consumed."""

    def __init__(self, source, shared_strings: list[str], date_styles: set[int], epoch):
        self.source = source  # a binary file object on the sheet's XML, closed by the caller
        self.shared_strings = shared_strings
        self.date_styles = date_styles
        self.epoch = epoch
        self.merges: list[tuple[int, int, int, int]] = []
        self._columns: dict[str, int] = {}
        self._fast: bool | None = None  # decided on the first chunk
        self._date_style_names = {str(style) for style in date_styles}
        self._dates: dict[str, object] = {}  # serial text -> date: a year of complaints has few distinct days

    def __iter__(self) -> Iterator[tuple[int, list]]:
        pending = b""
        row_end = None
        tail = b""
        while True:
            chunk = self.source.read(CHUNK)
            if row_end is None:
                pending += chunk
                match = _SHEETDATA.search(pending)
                if match is None:
                    if not chunk:
                        return
                    continue
                prefix = match.group(1) or b""
                row_end = b"</" + prefix + b"row>"
                data_end = b"</" + prefix + b"sheetData>"
                pending = pending[match.start() :]
            else:
                pending += chunk
            finished = data_end in pending or not chunk
            if finished:
                cut = pending.find(data_end)
                body, tail = (pending, b"") if cut < 0 else (pending[:cut], pending[cut:])
            else:
                cut = pending.rfind(row_end)
                if cut < 0:
                    continue
                cut += len(row_end)
                body, pending = pending[:cut], pending[cut:]
            yield from self._rows(body.decode("utf-8"))
            if finished:
                break
        tail += self.source.read()
        self.merges = [
            (int(r1), column_index_from_string(c1.decode()), int(r2), column_index_from_string(c2.decode()))
            for c1, r1, c2, r2 in _MERGE.findall(tail)
        ]

    def _column(self, letters: str) -> int:
        index = self._columns.get(letters)
        if index is None:
            index = self._columns[letters] = column_index_from_string(letters) - 1
        return index

    def _rows(self, text: str) -> Iterator[tuple[int, list]]:
        if self._fast is None:
            first = text.find("<c ")
            self._fast = first >= 0 and text.startswith('<c r="', first) and "<row" in text
        if self._fast:
            cells = _FAST_CELL.findall(text)
            # Every cell must have matched; a cell of another shape sends this chunk down the careful path.
            if len(cells) == text.count("<c ") + text.count("<c>"):
                return self._rows_fast(cells)
        return self._rows_general(text)

    def _rows_fast(self, cells: list[tuple]) -> Iterator[tuple[int, list]]:
        """Cells that carry their coordinate: group them by row number, no row tokens needed."""
        column, columns = self._column, self._columns
        shared = self.shared_strings
        date_styles = self._date_style_names
        dates = self._dates
        number = None
        values: list = []
        for letters, row, s1, kind, s2, other, closed, v, inline, rest in cells:
            if row != number:
                if number is not None:
                    yield int(number), values
                number, values = row, []
            if closed:
                continue
            style = s1 or s2
            if other.strip():  # unusual attributes: let the general path read them
                attrs = dict(_ATTR.findall(other))
                attrs.setdefault("t", kind or "n")
                if style:
                    attrs.setdefault("s", style)
                value = self._value(attrs, rest or (f"<v>{v}</v>" if v else f"<is><t>{inline}</t></is>"))
            elif rest:
                value = self._value({"t": kind or "n", "s": style}, rest)
            elif kind == "s":
                value = shared[int(v)] if v else None
            elif kind == "inlineStr":
                value = (html.unescape(inline) if "&" in inline else inline) if inline else None
            elif not kind or kind == "n":
                if not v:
                    continue
                if style in date_styles:
                    value = dates.get(v)
                    if value is None:
                        value = dates[v] = self._value({"t": "n", "s": style}, f"<v>{v}</v>")
                else:
                    value = float(v) if ("." in v or "E" in v or "e" in v) else int(v)
            else:
                value = self._value({"t": kind}, f"<v>{v}</v>")
            if value is None:
                continue
            position = columns.get(letters)
            if position is None:
                position = column(letters)
            if position >= len(values):
                values.extend([None] * (position + 1 - len(values)))
            values[position] = value
        if number is not None:
            yield int(number), values

    def _rows_general(self, text: str) -> Iterator[tuple[int, list]]:
        number = getattr(self, "_last_row", 0)
        values: list | None = None
        position = -1
        for token in _TOKEN.finditer(text):
            row_attrs = token.group("row")
            if row_attrs is not None:
                if values is not None:
                    yield number, values
                found = _ROW_NUMBER.search(row_attrs)
                number = int(found.group(1)) if found else number + 1
                values, position = [], -1
                if row_attrs.rstrip().endswith("/"):  # <row r="7"/>: an empty row
                    yield number, values
                    values = None
                continue
            if values is None:  # a cell outside any row: not valid SpreadsheetML, ignore it
                continue
            attrs = dict(_ATTR.findall(token.group("attrs")))
            coordinate = attrs.get("r")
            if coordinate:
                found = _COORD.match(coordinate)
                position = self._column(found.group(1)) if found else position + 1
            else:
                position += 1
            value = self._value(attrs, token.group("inner"))
            if value is None:
                continue
            if position >= len(values):
                values.extend([None] * (position + 1 - len(values)))
            values[position] = value
        if values is not None:
            yield number, values
        self._last_row = number

    def _value(self, attrs: dict, inner: str | None):
        if not inner:
            return None
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            inner = _PHONETIC.sub("", inner)
            return _unescape("".join(_TEXT.findall(inner)))
        found = _VALUE.search(inner)
        if found is None:
            return None
        raw = found.group(1)
        if kind == "s":
            return self.shared_strings[int(raw)]
        if kind == "n":
            if not raw:
                return None
            number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            style = attrs.get("s")
            if style and int(style) in self.date_styles:
                try:
                    return from_excel(number, self.epoch)
                except (OverflowError, ValueError):
                    return number
            return number
        if kind == "b":
            return raw.strip() == "1"
        return _unescape(raw)  # "str" (formula result), "e" (error such as #N/A), "d" (ISO date)
