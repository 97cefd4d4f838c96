"""`openklachten anonymize`: JSON Lines in on stdin, redacted JSON Lines out on stdout, one line per line.

Input: {"id": ..., "text": ..., "context": {"names": [...]}}. Output: {"id", "text", "entities", "needs_review"}.
Nothing but result lines goes to stdout, in input order. A malformed line (no JSON object, no "id" or
"text") has no usable id: it is reported on stderr with its line number, gets no output line, and makes
the exit code 1; every other line is still processed.
"""

import json
import sys

from django.core.management.base import BaseCommand

from openklachten.anonymisation import anonymise_many


def _parse(line: str) -> tuple[object, str, tuple[str, ...]]:
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


class Command(BaseCommand):
    help = 'Anonimiseer vrije tekst: JSON Lines op stdin ({"id", "text"}), JSON Lines op stdout.'

    def add_arguments(self, parser):
        parser.add_argument("--processes", type=int, default=None, help="Aantal processen (standaard: alle kernen).")

    def handle(self, *args, **options):
        rows, failed = [], False
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                rows.append((number, *_parse(line)))
            except ValueError as error:
                failed = True
                sys.stderr.write(f"regel {number}: {error}\n")
        results = anonymise_many(((text, names) for _, _, text, names in rows), processes=options["processes"])
        out = sys.stdout
        for (_number, id_, _text, _names), result in zip(rows, results, strict=False):
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
            out.write(
                json.dumps(
                    {"id": id_, "text": result.text, "entities": entities, "needs_review": result.needs_review},
                    ensure_ascii=False,
                )
                + "\n"
            )
        out.flush()
        if failed:
            sys.exit(1)
