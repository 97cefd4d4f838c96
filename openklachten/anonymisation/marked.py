"""Hand-written held-out texts in a readable mark-up, turned into corpus documents (pii-dev format).

A file holds texts separated by lines `=== <id>`; lines starting with `#` before the first text are comments.
Inside a text, `{TYPE|value}` marks personal data and `<<text>>` marks public context that must survive.
Writing texts this way keeps the annotation next to the words, so a held-out set is quick to extend.
"""

import re
from pathlib import Path

MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}|<<(.*?)>>")
SEPARATOR = re.compile(r"^=== (\S+)\s*$", re.MULTILINE)


def parse_text(doc_id: str, marked: str) -> dict:
    pii, keep = {}, {}

    def plain(match: re.Match) -> str:
        if match.group(3) is not None:
            keep[match.group(3)] = None
            return match.group(3)
        pii[(match.group(2), match.group(1))] = None
        return match.group(2)

    text = MARK.sub(plain, marked.strip("\n"))
    return {"id": doc_id, "text": text, "pii": [{"value": v, "type": t} for v, t in pii], "keep": list(keep)}


def load_marked(path: Path) -> list[dict]:
    parts = SEPARATOR.split(Path(path).read_text(encoding="utf-8"))
    return [parse_text(doc_id, body) for doc_id, body in zip(parts[1::2], parts[2::2], strict=False)]
