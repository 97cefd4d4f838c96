"""CSV as Excel writes it: `;` (Dutch Excel) or `,` or tab, in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252."""

from __future__ import annotations

import csv
import io

from openklachten.intake.readers.base import Table, UnreadableFile
from openklachten.intake.readers.layout import is_blank, table_from_grid
from openklachten.intake.readers.text import decode

# Candidate separators, in order of preference when counts tie: Dutch Excel writes `;`.
DELIMITERS = (";", ",", "\t", "|")

# CSV cells can be long free text; the csv module's default limit (128 KiB) is too low for pasted letters,
# while a cell of more than 16 MB is no complaint text but a broken quote or a pasted file.
MAX_CELL_BYTES = 16 * 1024 * 1024


def sniff_delimiter(text: str) -> str:
    """The separator used in the first non-empty line, counting only outside quotes."""
    for line in text.splitlines():
        if line.strip():
            counts = _count_outside_quotes(line)
            best = max(DELIMITERS, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def _dutch_csv_error(exc: csv.Error, line: int) -> str:
    if "field larger than field limit" in str(exc):
        return (
            f"Regel {line} van het CSV-bestand heeft een cel van meer dan {MAX_CELL_BYTES // (1024 * 1024)} MB. "
            'Dat is geen klachttekst; vaak ontbreekt een afsluitend aanhalingsteken (") eerder in het bestand.'
        )
    return (
        f"Het CSV-bestand kan niet worden gelezen (regel {line}): de opmaak klopt niet, bijvoorbeeld een "
        'aanhalingsteken (") dat niet wordt afgesloten.'
    )


def read_delimited(data: bytes, filename: str | None, matcher) -> Table:
    """Read a CSV file into a Table; row numbers count every record, blank ones too, as Excel shows them."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL_BYTES)  # process-wide: set per read, since other libraries (frictionless) change it
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        grid = [(number, cells) for number, cells in enumerate(reader, start=1) if not is_blank(cells)]
    except csv.Error as exc:
        raise UnreadableFile(_dutch_csv_error(exc, reader.line_num)) from None
    table = table_from_grid(grid, "csv", matcher=matcher, filename=filename)
    table.encoding = encoding
    table.delimiter = delimiter
    return table
