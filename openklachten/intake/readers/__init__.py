"""Read a delivered file (CSV, XLSX, JSON, JSON Lines) into a Table.

Readers register by format below; `read_table` asks each in turn whether the bytes are its format.
Content decides, not the file name: a CSV saved as "klachten.xls" is still read as CSV.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openklachten.intake.readers.base import Row, Table, UnreadableFile
from openklachten.intake.readers.delimited import read_delimited
from openklachten.intake.readers.jsonfile import looks_like_json, looks_like_jsonl, read_json, read_jsonl
from openklachten.intake.readers.xlsx import looks_like_xlsx, read_xlsx

__all__ = ["Row", "Table", "UnreadableFile", "read_table", "READERS", "register"]

# Larger files are refused before reading: 100,000 complaints with long texts stay far below this.
MAX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Reader:
    format: str
    detect: Callable[[bytes, str, str], bool]  # (raw bytes, start of the text, file name) -> mine?
    read: Callable  # (data, filename, matcher) -> Table


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
        read_jsonl,
    )
)
register(Reader("json", lambda data, head, name: looks_like_json(head), read_json))
register(Reader("csv", lambda data, head, name: True, read_delimited))  # the fallback: any text is a CSV


def _load(source) -> tuple[bytes, str | None]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise UnreadableFile(f"Het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB.")
            return path.read_bytes(), path.name
        except FileNotFoundError:
            raise UnreadableFile(f"Het bestand {path} bestaat niet.") from None
        except IsADirectoryError:
            raise UnreadableFile(f"{path} is een map, geen bestand.") from None
        except PermissionError:
            raise UnreadableFile(f"Het bestand {path} mag niet worden gelezen (geen rechten).") from None
    data = source.read(MAX_BYTES + 1)  # an open binary file (upload)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"Het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB.")
    return data, getattr(source, "name", None)


def read_table(source, filename: str | None = None, *, matcher=None) -> Table:
    """Read a path, bytes or binary file object into a Table; UnreadableFile (Dutch message) when impossible."""
    data, name = _load(source)
    filename = filename or (os.path.basename(name) if isinstance(name, str) else None)
    if not data.strip():
        raise UnreadableFile("Het bestand is leeg.")
    for magic, message in REFUSED:
        if data.startswith(magic):
            raise UnreadableFile(message)
    if matcher is None:
        from openklachten.intake.headers import default_matcher

        matcher = default_matcher()
    head = _head_text(data)
    reader = next(
        r for r in READERS if r.detect(data, head, (filename or "").lower())
    )  # the CSV reader accepts anything left
    table = reader.read(data, filename, matcher)
    if not table.rows and not table.headers:
        raise UnreadableFile("Het bestand bevat geen gegevens.")

    return table
