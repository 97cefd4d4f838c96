"""Scoring against an annotated corpus, exactly as ../shared/tools/pii_eval.py scores (reimplemented here).

A PII value leaks when it still occurs in the output; for NAAM also when one of its words (3+ letters, not a
particle, not a word of a keep string) still occurs as a whole word; for number-like types when the last
six digits of the value occur inside the digits of a number-like run of the output.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "op",
    "in",
    "t",
    "'t",
    "von",
    "la",
    "le",
    "el",
    "al",
    "da",
    "dos",
    "du",
    "bin",
    "ben",
}
NUMERIC = {"BSN", "IBAN", "TELEFOON", "DOSSIERNUMMER", "KENTEKEN", "POSTCODE"}
NUMRUN = re.compile(r"[0-9][0-9 .\-()/]*[0-9]")

# The targets of issue 4, printed next to the measured numbers.
TARGETS = {
    "overall": 0.97,
    "types": {t: 0.99 for t in ("BSN", "IBAN", "EMAIL", "TELEFOON", "POSTCODE", "KENTEKEN", "URL", "DOSSIERNUMMER")}
    | {"NAAM": 0.97, "ADRES": 0.97},
    "keep": 0.95,
    "unflagged_leaks": 0.01,  # issue 12: leaked items in texts not sent to review, share of all items
    "review_share": 0.20,
    "docs_per_second": 1000,
    "startup_seconds": 3.0,
}


def _word(token: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(token) + r"(?!\w)")


def leaked(value: str, type_: str, out: str, out_numdigits: list[str], keep=()) -> bool:
    if value in out:
        return True
    if type_ == "NAAM":
        for token in re.findall(r"[^\W\d_]+", value):
            if any(_word(token).search(k) for k in keep):
                continue
            if len(token) >= 3 and token.lower() not in PARTICLES and _word(token).search(out):
                return True
    if type_ in NUMERIC:
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 6 and any(digits[-6:] in d for d in out_numdigits):
            return True
    return False


@dataclass
class Score:
    total: Counter = field(default_factory=Counter)
    leaks: Counter = field(default_factory=Counter)
    unflagged_leaks: Counter = field(default_factory=Counter)  # leaked in a text NOT sent to review
    kept: int = 0
    keep_total: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        n = sum(self.total.values())
        return 1 - sum(self.leaks.values()) / n if n else 1.0

    @property
    def unflagged_leak_share(self) -> float:
        """Leaked items in texts that were not sent to review, as a share of all items: what is published unseen."""
        n = sum(self.total.values())
        return sum(self.unflagged_leaks.values()) / n if n else 0.0

    @property
    def keep_retention(self) -> float:
        return self.kept / self.keep_total if self.keep_total else 1.0

    def recall_by_type(self) -> dict[str, float]:
        return {t: 1 - self.leaks[t] / self.total[t] for t in sorted(self.total)}


def load_corpus(path: Path) -> list[dict]:
    """A JSON Lines corpus, or a hand-written held-out file in the mark-up of `marked.py` (`.txt`)."""
    if Path(path).suffix == ".txt":
        from openklachten.anonymisation.marked import load_marked

        return load_marked(path)
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(corpus: list[dict], outputs: dict[str, str], flagged=frozenset()) -> Score:
    """Score `outputs` (id -> anonymised text); `flagged` holds the ids of texts sent to review."""
    result = Score()
    for doc in corpus:
        out = outputs.get(doc["id"], doc["text"])
        numdigits = [re.sub(r"\D", "", m.group()) for m in NUMRUN.finditer(out)]
        for item in doc["pii"]:
            result.total[item["type"]] += 1
            if leaked(item["value"], item["type"], out, numdigits, doc.get("keep", ())):
                result.leaks[item["type"]] += 1
                unseen = doc["id"] not in flagged
                result.unflagged_leaks[item["type"]] += unseen
                result.examples.append(f"{doc['id']} {item['type']}{'' if unseen else ' (review)'}: {item['value']}")
        for keep in doc.get("keep", ()):
            result.keep_total += 1
            if keep in out:
                result.kept += 1
            else:
                result.examples.append(f"{doc['id']} KEEP verloren: {keep}")
    return result
