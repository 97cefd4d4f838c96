"""CSV as Excel writes it: `;` (Dutch Excel) or `,` or tab, in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252."""

from __future__ import annotations

import csv
import io

from openklachten.intake.readers.base import Table, UnreadableFile
from openklachten.intake.readers.layout import is_blank, table_from_grid
from openklachten.intake.readers.text import (
    SNIFF_BYTES,
    detect_encoding,
    refuse_binary_or_empty,
    without_invisible,
)

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


def read_delimited(handle, filename: str | None, matcher) -> Table:
    """Read a CSV file into a Table, streaming; row numbers count every record, blank ones too, as Excel shows them."""
    encoding = detect_encoding(handle)
    sample_reader = io.TextIOWrapper(handle, encoding=encoding, newline="")
    sample = sample_reader.read(SNIFF_BYTES)
    more = bool(sample_reader.read(1))
    sample_reader.detach()  # keeps `handle` open
    refuse_binary_or_empty(sample, more)
    delimiter = sniff_delimiter(without_invisible(sample))
    handle.seek(0)
    lines = (without_invisible(line) for line in io.TextIOWrapper(handle, encoding=encoding, newline=""))
    table = table_from_grid(_records(lines, delimiter, encoding), "csv", matcher=matcher, filename=filename)
    table.encoding = encoding
    table.delimiter = delimiter
    return table


def _records(lines, delimiter: str, encoding: str):
    """(row number, cells) of every non-blank record; a broken file raises UnreadableFile when reached."""
    csv.field_size_limit(MAX_CELL_BYTES)  # process-wide: set per read, since other libraries (frictionless) change it
    reader = csv.reader(lines, delimiter=delimiter)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):  # noqa: B007 - number is read after a csv.Error
            if not is_blank(cells):
                yield number, cells
    except csv.Error as exc:
        raise UnreadableFile(_dutch_csv_error(exc, reader.line_num)) from None
    except UnicodeDecodeError:
        raise UnreadableFile(f"Het bestand kon niet als {encoding.upper()} worden gelezen.") from None
