"""Read a delivered file (CSV, XLSX, JSON, JSON Lines) into a Table.

Readers register by format below; `read_table` asks each in turn whether the bytes are its format.
Content decides, not the file name: a CSV saved as "klachten.xls" is still read as CSV.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from openklachten.intake.readers.base import Row, Table, UnreadableFile
from openklachten.intake.readers.delimited import read_delimited
from openklachten.intake.readers.jsonfile import looks_like_json, looks_like_jsonl, read_json, read_jsonl
from openklachten.intake.readers.xlsx import looks_like_xlsx, read_xlsx

__all__ = ["Row", "Table", "UnreadableFile", "open_table", "read_table", "READERS", "register"]

# Larger files are refused before reading: 100,000 complaints with long texts stay far below this.
MAX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Reader:
    format: str
    detect: Callable[[bytes, str, str], bool]  # (raw bytes, start of the text, file name) -> mine?
    read: Callable  # (seekable binary file, filename, matcher) -> Table with lazily read rows


READERS: list[Reader] = []


def register(reader: Reader) -> None:
    READERS.append(reader)


def _head_text(data: bytes) -> str:
    return data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff")


# Formats people upload by mistake: recognised by their first bytes, refused with a hint.
REFUSED = (
    (
        b"\xd0\xcf\x11\xe0",
        "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV.",
    ),
    (b"%PDF", "Dit is een PDF-bestand. Lever de klachten aan als CSV-, Excel- (.xlsx) of JSON-bestand."),
    (b"\x89PNG", "Dit is een afbeelding. Lever de klachten aan als CSV-, Excel- (.xlsx) of JSON-bestand."),
    (b"\xff\xd8\xff", "Dit is een afbeelding. Lever de klachten aan als CSV-, Excel- (.xlsx) of JSON-bestand."),
    (b"\x1f\x8b", "Dit is een gecomprimeerd bestand (.gz). Pak het eerst uit."),
)

register(Reader("xlsx", lambda data, head, name: looks_like_xlsx(data), read_xlsx))
register(
    Reader(
        "jsonl",
        lambda data, head, name: (
            looks_like_jsonl(head) or (name.endswith((".jsonl", ".ndjson")) and looks_like_json(head))
        ),
        lambda handle, filename, matcher: read_jsonl(handle.read(), filename, matcher),
    )
)
register(
    Reader(
        "json",
        lambda data, head, name: looks_like_json(head),
        lambda handle, filename, matcher: read_json(handle.read(), filename, matcher),
    )
)
register(Reader("csv", lambda data, head, name: True, read_delimited))  # the fallback: any text is a CSV

# Bytes looked at to recognise the format.
HEAD_BYTES = 64 * 1024


def _too_big() -> UnreadableFile:
    return UnreadableFile(f"Het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB.")


def _open(source) -> tuple[BinaryIO, str | None]:
    """A seekable binary file on the source, checked against MAX_BYTES; the caller closes it."""
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source)), None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise _too_big()
            return path.open("rb"), path.name
        except FileNotFoundError:
            raise UnreadableFile(f"Het bestand {path} bestaat niet.") from None
        except IsADirectoryError:
            raise UnreadableFile(f"{path} is een map, geen bestand.") from None
        except PermissionError:
            raise UnreadableFile(f"Het bestand {path} mag niet worden gelezen (geen rechten).") from None
    name = getattr(source, "name", None)
    if getattr(source, "seekable", lambda: False)():
        start = source.tell()
        if source.seek(0, io.SEEK_END) - start > MAX_BYTES:
            raise _too_big()
        source.seek(start)
        if start == 0:
            return source, name
    data = source.read(MAX_BYTES + 1)  # a stream that cannot seek (a pipe): held in memory, within the limit
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _too_big()
    return io.BytesIO(data), name


def _head(handle) -> bytes:
    """The first bytes of the file, skipping leading whitespace so an empty-looking start is not 'empty'."""
    head = handle.read(HEAD_BYTES)
    while head and not head.strip():
        more = handle.read(HEAD_BYTES)
        if not more:
            break
        head = more
    handle.seek(0)
    return head


def open_table(source, filename: str | None = None, *, matcher=None) -> Table:
    """Open a path, bytes or binary file object as a Table whose rows are read lazily (once, in file order).

    The header is read at once; a problem further down the file raises UnreadableFile (Dutch message) when
    its row is reached. A file object passed in is read from where it stands and not closed.
    """
    handle, name = _open(source)
    filename = filename or (os.path.basename(name) if isinstance(name, str) else None)
    head = _head(handle)
    if not head.strip():
        raise UnreadableFile("Het bestand is leeg.")
    for magic, message in REFUSED:
        if head.startswith(magic):
            raise UnreadableFile(message)
    if matcher is None:
        from openklachten.intake.headers import default_matcher

        matcher = default_matcher()
    text = _head_text(head)
    reader = next(r for r in READERS if r.detect(head, text, (filename or "").lower()))  # CSV accepts the rest
    table = reader.read(handle, filename, matcher)
    if not table.headers:
        raise UnreadableFile("Het bestand bevat geen gegevens.")
    return table


def read_table(source, filename: str | None = None, *, matcher=None) -> Table:
    """Read a path, bytes or binary file object into a Table; UnreadableFile (Dutch message) when impossible."""
    table = open_table(source, filename, matcher=matcher)
    table.rows = list(table.rows)
    return table
