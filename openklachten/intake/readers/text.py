"""Bytes to text for delimited and JSON files: encoding detection and a guard against binary files."""

from __future__ import annotations

import codecs

from openklachten.intake.readers.base import UnreadableFile

# Enough bytes to tell text from binary without reading a large file twice.
SNIFF_BYTES = 64 * 1024

# Share of control characters (other than tab and newlines) above which a file is not text.
# Real exports have none; one stray character in 64 KiB should not reject a file.
MAX_CONTROL_SHARE = 0.01

_TEXT_CONTROLS = {"\t", "\n", "\r", "\x0c"}


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM), UTF-16 or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Excel's "Unicode-tekst" export
    elif b"\x00" in data[:SNIFF_BYTES]:
        raise UnreadableFile(
            "Dit bestand is geen tekstbestand (het bevat binaire gegevens). "
            "Lever een CSV-, Excel- (.xlsx) of JSON-bestand aan."
        )
    else:
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
    if not text.strip():
        raise UnreadableFile("Het bestand is leeg.")
    return text, encoding


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
