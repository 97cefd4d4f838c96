"""Training and honest evaluation of the token risk scorer (riskmodel.py); not needed at run time.

Labels come from the annotated corpora exactly as the leak score reads them (evaluation.py): a token is
personal data when it lies inside an occurrence of an annotated value, or, for NAAM, when it is one of the
value's words (3+ letters, no particle) standing anywhere in the text. Every token of every text is a
training row (also those the detectors redact: the model learns what personal data looks like in context,
not only what the current rules miss, which would leave it a handful of examples).

The learner is a logistic regression fitted with AdaGrad in pure Python: a fixed row order, a seeded shuffle
and rounded weights make the weights file byte-for-byte reproducible.
"""

import gzip
import hashlib
import io
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

from openklachten.anonymisation import riskmodel
from openklachten.anonymisation.evaluation import PARTICLES, load_corpus

HELD_OUT = Path(__file__).with_name("tests") / "data"
# The sets the shipped model is trained on. Explicit, so a set added later (a new blind set) is never
# trained on by accident: it has to be added here, and the checksum test then asks for a retrain.
TRAINING_SETS = tuple(f"heldout-{letter}.txt" for letter in "abcdefghijklmnopqr")
EPOCHS = 4
LEARNING_RATE = 0.1
L2 = 1e-4
MIN_COUNT = 3
SEED = 13


def default_dev_corpus() -> Path:
    return (Path(__file__).resolve().parents[3] / "shared" / "data" / "pii-dev.jsonl").resolve()


def default_sources() -> list[Path]:
    return [default_dev_corpus(), *(HELD_OUT / name for name in TRAINING_SETS)]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _whole_word(token: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(token) + r"(?!\w)")


def pii_mask(doc: dict) -> list[bool]:
    """Per character of doc["text"]: is it part of personal data as the leak score would count it?"""
    text, mask = doc["text"], [False] * len(doc["text"])

    def mark(start: int, end: int) -> None:
        for k in range(start, end):
            mask[k] = True

    for item in doc["pii"]:
        value = item["value"]
        if not value:
            continue
        position = text.find(value)
        while position >= 0:
            mark(position, position + len(value))
            position = text.find(value, position + 1)
        if item["type"] == "NAAM":
            for token in re.findall(r"[^\W\d_]+", value):
                if len(token) < 3 or token.lower() in PARTICLES:
                    continue
                if any(_whole_word(token).search(k) for k in doc.get("keep", ())):
                    continue
                for match in _whole_word(token).finditer(text):
                    mark(match.start(), match.end())
    return mask


# Detectors of free-text types. Training also runs the engine without a random half of them (detector
# dropout): what such an engine leaves standing is what a register without rules looks like to the scorer,
# with real personal data in it. The full engine's leftovers alone hold a handful of misses, too few to learn.
DROPOUT_PREFIXES = ("naam-", "functie", "gezondheid", "ander-", "leeftijd", "geboortedatum", "formulier")
DROPOUT_RUNS = 2


@dataclass
class Analysed:
    """One annotated text after the engine (without the scorer): what a fold trains on and measures."""

    doc: dict
    output: str
    flagged: bool
    rows: list[tuple[list[str], int]]  # features and label of the tokens the full engine left standing
    extra_rows: list[tuple[list[str], int]]  # the same for the engines with detector dropout (training only)
    taken: list[tuple[int, int, str]]  # the engine's redactions
    kept: list[tuple[int, int]]  # the engine's keep-spans


def _rows(text: str, mask: list[bool], result) -> list[tuple[list[str], int]]:
    taken = [(e.start, e.end, e.type) for e in result.entities]
    tokens = riskmodel.tokens_of(text)
    redacted = riskmodel.redaction_map(tokens, taken)
    kept = riskmodel.redaction_map(tokens, [(s, e, "KEEP") for s, e in result.kept])
    rows = []
    for i, (start, end, _) in enumerate(tokens):
        if i in redacted or i in kept or not riskmodel.scoreable(tokens, i, text):
            continue
        features = riskmodel.intrinsic_features(text[start:end]) + riskmodel.context_features(tokens, i, text, redacted)
        rows.append((features, int(any(mask[start:end]))))
    return rows


def analyse(doc: dict) -> Analysed:
    from openklachten.anonymisation.detector_catalogue import all_detectors
    from openklachten.anonymisation.engine import anonymise

    text = doc["text"]
    mask = pii_mask(doc)
    result = anonymise(text, (), risk_model=False)
    droppable = sorted(n for n in all_detectors() if n.startswith(DROPOUT_PREFIXES))
    rng = random.Random(f"{SEED}:{doc['id']}")
    extra = []
    for _ in range(DROPOUT_RUNS):
        skip = frozenset(n for n in droppable if rng.random() < 0.5)
        extra += _rows(text, mask, anonymise(text, (), risk_model=False, skip=skip))
    taken = [(e.start, e.end, e.type) for e in result.entities]
    rows = _rows(text, mask, result)
    return Analysed(doc, result.text, result.needs_review, rows, extra, taken, list(result.kept))


def analyse_corpora(paths: list[Path]) -> dict[str, list[Analysed]]:
    return {Path(p).name: [analyse(doc) for doc in load_corpus(p)] for p in paths}


def train(rows: list[tuple[list[str], int]]) -> dict[str, float]:
    """Logistic regression weights (feature -> weight) by AdaGrad; deterministic for the same rows."""
    counts: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    index = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    data = [([index[f] for f in features if f in index], label) for features, label in rows]
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for r in order:
            ids, label = data[r]
            z = sum(w[k] for k in ids)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - label
            for k in ids:
                g = grad + L2 * w[k]
                g2[k] += g * g
                w[k] -= LEARNING_RATE * g / math.sqrt(g2[k])
    names = sorted(index, key=index.get)
    return {f: round(w[index[f]], 4) for f in names if abs(w[index[f]]) >= 0.001}


def weights_bytes(weights: dict[str, float], sources: list[Path]) -> bytes:
    """The weights file: gzip (no time stamp) of sorted JSON with where the model came from."""
    payload = {
        "about": "Token risk scorer of openklachten.anonymisation (riskmodel.py), trained by "
        "`openklachten train_risk_model` on the annotated corpora below (sha256 of each file).",
        "sources": {Path(p).name: sha256(p) for p in sources},
        "parameters": {
            "epochs": EPOCHS,
            "learning_rate": LEARNING_RATE,
            "l2": L2,
            "min_count": MIN_COUNT,
            "seed": SEED,
            "dropout_runs": DROPOUT_RUNS,
        },
        "weights": dict(sorted(weights.items())),
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as handle:
        handle.write(raw)
    return buffer.getvalue()


def train_file(sources: list[Path]) -> bytes:
    analysed = analyse_corpora(sources)
    return weights_bytes(train(training_rows(analysed[name] for name in sorted(analysed))), sources)


def training_rows(sets) -> list[tuple[list[str], int]]:
    return [row for analysed in sets for a in analysed for row in a.rows + a.extra_rows]
