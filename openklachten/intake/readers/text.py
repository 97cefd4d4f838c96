"""Bytes to text for delimited and JSON files: encoding detection and a guard against binary files."""

from __future__ import annotations

import codecs
import re

from openklachten.intake.readers.base import UnreadableFile

# Enough bytes to tell text from binary without reading a large file twice.
SNIFF_BYTES = 64 * 1024

# Share of control characters (other than tab and newlines) above which a file is not text.
# Real exports have none; one stray character in 64 KiB should not reject a file.
MAX_CONTROL_SHARE = 0.01

_TEXT_CONTROLS = {"\t", "\n", "\r", "\x0c"}

# Characters nobody types on purpose that change how text reads or breaks systems downstream: control codes
# (NUL fails on PostgreSQL), zero-width characters (hide words from search and anonymisation) and bidirectional
# overrides (make a published sentence display differently from what it says). Removed from every cell.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def without_invisible(text: str) -> str:
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM), UTF-16 or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Excel's "Unicode-tekst" export
    else:  # a stray NUL is cleaned from the cells later; a binary file fails the control-share test below
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise UnreadableFile(f"Het bestand kon niet als {encoding.upper()} worden gelezen.") from None
        # Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252.
        encoding = "cp1252"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            encoding = "latin-1"  # the five bytes cp1252 leaves undefined; latin-1 never fails
            text = data.decode(encoding)
    _refuse_binary(text[:SNIFF_BYTES])
    text = without_invisible(text)
    if not text.strip():
        raise UnreadableFile("Het bestand is leeg.")
    return text, encoding


# Bytes decoded per step when a file is checked as UTF-8 without being held in memory.
CHUNK_BYTES = 1 << 20

# Bytes Windows-1252 leaves undefined; a file with one of them is read as Latin-1 instead.
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


def detect_encoding(handle) -> str:
    """The encoding of a binary file, read in chunks (BOM, else UTF-8 if all of it decodes, else Windows-1252).

    The same choice `decode` makes for bytes in memory; the file position is put back at the start.
    """
    handle.seek(0)
    start = handle.read(4)
    handle.seek(0)
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    undefined = False
    try:
        while chunk := handle.read(CHUNK_BYTES):
            undefined = undefined or any(byte in chunk for byte in _CP1252_UNDEFINED)
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
        encoding = "utf-8"
    except UnicodeDecodeError:
        while not undefined and (chunk := handle.read(CHUNK_BYTES)):
            undefined = any(byte in chunk for byte in _CP1252_UNDEFINED)
        encoding = "latin-1" if undefined else "cp1252"
    handle.seek(0)
    return encoding


def refuse_binary_or_empty(sample: str, more: bool) -> None:
    """The checks `decode` makes, on the start of a file read as a stream (`more`: text follows the sample)."""
    _refuse_binary(sample)
    if not more and not without_invisible(sample).strip():
        raise UnreadableFile("Het bestand is leeg.")


def _refuse_binary(sample: str) -> None:
    if not sample:
        return
    controls = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
    # Windows-1252 maps many garbage bytes to letters; undefined C1 codes betray binary content too.
    controls += sum(1 for ch in sample if "\x80" <= ch <= "\x9f")
    if controls > max(1, len(sample) * MAX_CONTROL_SHARE):
        raise UnreadableFile(
            "Dit bestand is geen leesbaar tekstbestand (het bevat binaire gegevens). "
            "Lever een CSV-, Excel- (.xlsx) of JSON-bestand aan."
        )
