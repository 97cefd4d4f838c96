"""Demo texts as an annotated anonymisation corpus, in the format of ../shared/data/pii-dev.jsonl.

Every invented personal-data value is known when the text is composed, so the demo doubles as an
unlimited, differently-worded test set for the anonymiser: `{"id", "text", "pii": [{value, type}], "keep"}`.
"""

import re

from openklachten.demo.records import generate_records

TEXT_FIELDS = (
    "gedraging",
    "bevindingen",
    "oordeel_klacht",
    "oordeel_klachtbehandeling",
    "aanbevelingen",
    "herstelmaatregelen",
)
# Public context that must survive anonymisation when it occurs in a text.
PUBLIC_PATTERNS = (
    re.compile(r"artikel \d+:\d+(?:, eerste lid, onder b)? Awb"),
    re.compile(r"€ \d[\d.]*,\d\d"),
    re.compile(
        r"(?:de|het) (?:gemeente|provincie|ministerie|waterschap|hoogheemraadschap) "
        r"[A-Z'][\w' ,.-]*?(?= heeft| is| had| aan|[.;:]| de |$)"
    ),
)


def annotated_texts(size: int, seed: int = 2024):
    """Yield one corpus document per demo record that has free text."""
    for number, record in enumerate(generate_records(size, seed, annotate=True), start=1):
        parts = [record[f] for f in TEXT_FIELDS if record.get(f)]
        if not parts:
            continue
        text = "\n\n".join(parts)
        pii = [{"value": v, "type": t} for v, t in dict.fromkeys(record["_pii"])]
        keep = [m.group(0) for pattern in PUBLIC_PATTERNS for m in pattern.finditer(text)]
        yield {"id": f"demo-{seed}-{number:07d}", "text": text, "pii": pii, "keep": list(dict.fromkeys(keep))}
