"""JSON (an array of objects) and JSON Lines (one object per line)."""

from __future__ import annotations

import json

from openklachten.intake.readers.base import Row, Table, UnreadableFile
from openklachten.intake.readers.layout import MAX_COLUMNS
from openklachten.intake.readers.text import decode

# Keys under which an exporting system may wrap the array: {"klachten": [...]}.
WRAPPER_KEYS = ("klachten", "data", "records", "items", "rows")


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("[", "{")


def looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.splitlines()[:5] if line.strip()]
    return len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines)


# Numbers longer than this stay text: an id of 5,000 digits is not a number anyone computes with, and
# Python refuses to convert more than 4,300 digits.
MAX_NUMBER_DIGITS = 100


def _number(text: str):
    return int(text) if len(text) <= MAX_NUMBER_DIGITS else text


def _loads(text: str):
    return json.loads(text, parse_int=_number)


def read_json(data: bytes, filename: str | None, matcher=None) -> Table:
    """Read a JSON array of objects (row = position in the array, starting at 1)."""
    text, encoding = decode(data)
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"Het bestand is geen geldige JSON (regel {exc.lineno}, teken {exc.colno}).") from None
    except RecursionError:
        raise UnreadableFile(
            "Het JSON-bestand is te diep genest: een klacht is één object met velden, geen lijsten in lijsten."
        ) from None
    if isinstance(document, dict):
        wrapped = next((document[k] for k in WRAPPER_KEYS if isinstance(document.get(k), list)), None)
        document = wrapped if wrapped is not None else [document]
    if not isinstance(document, list):
        raise UnreadableFile("Het JSON-bestand moet een lijst van klachten bevatten: [{...}, {...}].")
    return _table(list(enumerate(document, start=1)), "json", filename, encoding)


def read_jsonl(data: bytes, filename: str | None, matcher=None) -> Table:
    """Read JSON Lines (row = line number)."""
    text, encoding = decode(data)
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, _loads(line)))
        except (json.JSONDecodeError, RecursionError):
            raise UnreadableFile(f"Regel {number} van het JSON Lines-bestand is geen geldige JSON.") from None
    return _table(records, "jsonl", filename, encoding)


def _flatten(record: dict) -> dict:
    """One level of nesting becomes `parent_child`: {"gerelateerde_klacht": {"id": 1}} -> gerelateerde_klacht_id."""
    flat = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}"] = subvalue
        else:
            flat[str(key)] = value
    return flat


def _table(records, fmt: str, filename, encoding) -> Table:
    if not records:
        raise UnreadableFile("Het bestand bevat geen klachten.")
    headers: dict[str, int] = {}
    flat_records = []
    for number, record in records:
        if not isinstance(record, dict):
            raise UnreadableFile(f"Element {number} is geen object met velden maar {type(record).__name__}.")
        flat = _flatten(record)
        for key in flat:
            headers.setdefault(key, len(headers))
        flat_records.append((number, flat))
    names = list(headers)
    if len(names) > MAX_COLUMNS:
        raise UnreadableFile(
            f"Het bestand heeft {len(names)} verschillende velden; een klacht heeft er hooguit "
            f"enkele tientallen (grens: {MAX_COLUMNS})."
        )
    rows = [Row(number, [flat.get(name) for name in names]) for number, flat in flat_records]
    table = Table(headers=names, rows=rows, format=fmt, filename=filename, encoding=encoding)
    table.header_row = None  # JSON has no header row: column problems concern the whole file
    return table
