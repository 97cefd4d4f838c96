"""JSON Lines in, redacted JSON Lines out: the work of `openklachten anonymize`, without Django.

Input: {"id": ..., "text": ..., "context": {"names": [...]}}. Output: {"id", "text", "entities", "needs_review"}.
Nothing but result lines goes to stdout, in input order. A malformed line (no JSON object, no "id" or
"text") has no usable id: it is reported on stderr with its line number, gets no output line, and makes
the exit code 1; every other line is still processed.

The `openklachten` command calls `main` before Django is set up: anonymisation needs no database, apps or
URL checks, and skipping them takes seconds off the start-up (issue 12: start-up < 3 s).
"""

import argparse
import json
from typing import TextIO

from openklachten.anonymisation.batch import anonymise_many

HELP = 'Anonimiseer vrije tekst: JSON Lines op stdin ({"id", "text"}), JSON Lines op stdout.'
PROCESSES_HELP = "Aantal processen (standaard: alle kernen)."


def parse_line(line: str) -> tuple[object, str, tuple[str, ...]]:
    """(id, text, names) of one input line; raises ValueError with a Dutch message."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"geen geldige JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("verwacht een JSON-object")
    if "id" not in record:
        raise ValueError("veld 'id' ontbreekt")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("veld 'text' ontbreekt of is geen tekst")
    context = record.get("context") or {}
    names = context.get("names", []) if isinstance(context, dict) else []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError("'context.names' moet een lijst met teksten zijn")
    return record["id"], text, tuple(names)


def run(stdin: TextIO, stdout: TextIO, stderr: TextIO, processes: int | None = None) -> int:
    """Anonymise every line of `stdin` to `stdout`; the exit code (1 when a line was malformed)."""
    rows, failed = [], False
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            rows.append(parse_line(line))
        except ValueError as error:
            failed = True
            stderr.write(f"regel {number}: {error}\n")
    results = anonymise_many(((text, names) for _, text, names in rows), processes=processes)
    for (id_, _text, _names), result in zip(rows, results, strict=False):
        entities = [
            {
                "start": e.start,
                "end": e.end,
                "type": e.type,
                "source": e.source,
                "confidence": e.confidence,
                "token": e.token,
            }
            for e in result.entities
        ]
        stdout.write(
            json.dumps(
                {"id": id_, "text": result.text, "entities": entities, "needs_review": result.needs_review},
                ensure_ascii=False,
            )
            + "\n"
        )
    stdout.flush()
    return 1 if failed else 0


def fast_arguments(args: list[str]) -> argparse.Namespace | None:
    """The options when they are ours alone (`--processes N`).

    None sends the call through Django (--help, --settings).
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--processes", type=int, default=None)
    try:
        options, rest = parser.parse_known_args(args)
    except SystemExit:  # a malformed value: Django's parser gives the proper message
        return None
    return None if rest else options
