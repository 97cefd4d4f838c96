"""Re-scan already anonymised text with the current engine: redact what it now finds, never un-redact.

The raw text is not kept after publication, so a better engine can only be applied to the published,
anonymised text. Tokens already in it (`[NAAM-1]`) stay exactly as they are; what the engine now finds
outside them is redacted with numbers after the highest number of that type in the text, so a new token
never claims to be a person or value the old tokens already stand for.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from openklachten.anonymisation.batch import anonymise_many
from openklachten.anonymisation.entities import Result

# The engine's version: raise it with every change that finds more, so `openklachten rescan` (and the
# automatic re-scan at start-up) applies the change to what was published with an older engine.
ENGINE_VERSION = 7
EXISTING_TOKEN = re.compile(r"\[([A-Z]+)-(\d+)\]")


def _rescanned(text: str, result: Result) -> tuple[str, Counter]:
    tokens = [(m.start(), m.end()) for m in EXISTING_TOKEN.finditer(text)]
    highest: dict[str, int] = {}
    for match in EXISTING_TOKEN.finditer(text):
        highest[match.group(1)] = max(highest.get(match.group(1), 0), int(match.group(2)))
    new = [e for e in result.entities if not any(e.start < end and start < e.end for start, end in tokens)]
    if not new:
        return text, Counter()
    parts, position, found = [], 0, Counter()
    for entity in sorted(new, key=lambda e: e.start):
        number = int(EXISTING_TOKEN.fullmatch(entity.token).group(2)) + highest.get(entity.type, 0)
        parts += [text[position : entity.start], f"[{entity.type}-{number}]"]
        position = entity.end
        found[entity.type] += 1
    parts.append(text[position:])
    return "".join(parts), found


def rescan_text(text: str) -> tuple[str, Counter]:
    """The text with what the current engine finds redacted (existing tokens untouched), and counts per type."""
    from openklachten.anonymisation.engine import anonymise

    return _rescanned(text, anonymise(text)) if text else (text, Counter())


def rescan_many(texts: Iterable[str], processes: int | None = None) -> Iterator[tuple[str, Counter]]:
    """`rescan_text` for many texts, in order, on every core (as `anonymise_many`)."""
    work = [text or "" for text in texts]
    for text, result in zip(work, anonymise_many(((t, ()) for t in work), processes=processes), strict=False):
        yield _rescanned(text, result) if text else (text, Counter())
