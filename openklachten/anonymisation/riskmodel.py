"""A small learned token-level risk scorer for what the detectors left standing (issue 12).

The detectors and the residual rules are written per pattern; on every new register they miss patterns nobody
wrote a rule for. This scorer learns from the annotated corpora (dev corpus + held-out sets) what a token of
personal data looks like in its context: its shape, suffixes, which lists know it, its letter pattern
(namescore), the words and punctuation around it, and whether a neighbour was redacted. It is a logistic
regression over named features (weights in data/risk_model.json.gz, trained by `openklachten train_risk_model`,
see riskmodel_training.py); scoring is a sum of dict look-ups, no third-party library.

The engine scores only tokens that are neither redacted nor inside a keep-span. A text whose riskiest token
reaches ROUTE_THRESHOLD goes to review: the model does not decide what is redacted, it decides what a person
must see. Word-intrinsic feature sums are cached per word, so per token only the context features cost.
"""

import bisect
import gzip
import json
import math
import re
from functools import lru_cache

from openklachten.anonymisation import lookup
from openklachten.anonymisation.namegrammar import foreign_letters
from openklachten.anonymisation.namescore import name_likeness
from openklachten.anonymisation.vocabulary import ORGANISATION_WORDS

WEIGHTS_FILE = lookup.DATA / "risk_model.json.gz"
TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")  # TOKEN for an ASCII text (speed)
# A redaction token already in the text ("[NAAM-2]", from a re-scan): never a risk itself.
REDACTION_TOKEN = re.compile(r"\[[A-Z]+-\d+\]")
SENTENCE_END = frozenset(".!?:;\n\"'“(•*–")
# Chosen on the leave-one-set-out and replay numbers (docs/anonimisering.md, `openklachten eval_risk_model`):
# from this chance that some token left standing is personal data, a text goes to review.
ROUTE_THRESHOLD = 0.95
# From this probability a token would be redacted instead of only routed. Above 1: off. Redacting the surest
# tokens did not lower the unflagged leaks in the replays (a name's other words stayed, and the text was then
# no longer routed), while it cost keep-retention.
REDACT_THRESHOLD = 1.01


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Letter classes with runs collapsed: "Jansen" -> "Xx", "A.B" -> no (tokens have no dots), "06" -> "d"."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def intrinsic_features(word: str) -> list[str]:
    """Features of the word alone, independent of where it stands (cached by the scorer)."""
    low = word.lower()
    lists = "".join(
        flag
        for flag, known in (
            ("D", low in lookup.dutch_words()),
            ("C", low in lookup.common_words()),
            ("F", low in lookup.first_names()),
            ("S", low in lookup.surnames()),
            ("P", low in lookup.places()),
            ("T", low in lookup.streets()),
        )
        if known
    )
    sh = shape(word)
    features = [
        "bias",
        # Identity only for lexicon words: a training name must teach its shape and context, not itself.
        f"w={low}" if low in lookup.dutch_words() or low in lookup.common_words() else "w=?",
        f"s3={low[-3:]}",
        f"s2={low[-2:]}",
        f"p3={low[:3]}",
        f"sh={sh}",
        f"len={min(len(low), 12)}",
        f"L={lists}",
        f"L={lists}&sh={sh}",
    ]
    if len(low) >= 3 and low.isalpha():
        likeness = name_likeness(low)
        features.append(f"nl={max(-4, min(4, math.floor(likeness * 4)))}")
        features.append(f"nl={max(-4, min(4, math.floor(likeness * 4)))}&sh={sh}")
    if not word.isascii():
        features.append("nonascii")
        if foreign_letters(low):
            features.append("foreign")
    return features


def _gap_mark(gap: str) -> str:
    """What stands between two tokens, reduced to one mark: "", ",", ":", "(", "nl" (a newline), ..."""
    if "\n" in gap:
        return "nl"
    stripped = gap.strip()
    return stripped[-1:] if stripped else ""


def context_features(tokens: list[tuple[int, int, str]], i: int, text: str, redacted: dict[int, str]) -> list[str]:
    """Features of token i in its place: neighbouring words, punctuation, sentence start, redacted neighbours.

    `tokens`: (start, end, lower-case word) of the whole text; `redacted`: token index -> type of the redaction
    covering it (only neighbours are looked up).
    """
    start, end, low = tokens[i]
    before = text[tokens[i - 1][1] : start] if i else text[:start]
    after = text[end : tokens[i + 1][0]] if i + 1 < len(tokens) else text[end:]
    mark_before, mark_after = _gap_mark(before), _gap_mark(after)
    sentence_start = i == 0 or any(ch in SENTENCE_END for ch in before)
    word = text[start:end]
    capital = word[:1].isupper()
    prev1 = tokens[i - 1][2] if i else "<s>"
    prev2 = tokens[i - 2][2] if i > 1 else "<s>"
    next1 = tokens[i + 1][2] if i + 1 < len(tokens) else "</s>"
    features = [
        f"p1={prev1}",
        f"p2={prev2}",
        f"n1={next1}",
        f"p2p1={prev2}_{prev1}",
        f"mb={mark_before}",
        f"ma={mark_after}",
        f"start={sentence_start}&cap={capital}",
        f"p1={prev1}&cap={capital}",
        f"mb={mark_before}&cap={capital}",
    ]
    prev_shape = shape(text[tokens[i - 1][0] : tokens[i - 1][1]]) if i else "<s>"
    next_shape = shape(text[tokens[i + 1][0] : tokens[i + 1][1]]) if i + 1 < len(tokens) else "</s>"
    features += [
        f"ps={prev_shape}&cap={capital}",
        f"ns={next_shape}&cap={capital}",
        f"org_next={next1 in ORGANISATION_WORDS}&cap={capital}",
        f"place_prev={prev1 in lookup.places()}&cap={capital}",
    ]
    if i and (kind := redacted.get(i - 1)):
        features.append(f"red_before={kind}")
    if i + 1 < len(tokens) and (kind := redacted.get(i + 1)):
        features.append(f"red_after={kind}")
    return features


@lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """Feature -> weight of the shipped model ({} when the file is absent: the scorer then says nothing)."""
    if not WEIGHTS_FILE.exists():
        return {}
    with gzip.open(WEIGHTS_FILE, "rt", encoding="utf-8") as handle:
        return json.load(handle)["weights"]


def scoreable(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Is token i worth a score? Capitalised words mid-sentence, words no Dutch lexicon knows, and lower-case
    words a name list knows ("roos", "henk"). Not numbers (the validated detectors and the safety net own
    them), not plain lower-case Dutch words ("matras", "de"): as parts of a longer description they teach
    the model little but noise, and they are most of every text.
    """
    start, end, low = tokens[i]
    # isalpha() first: most tokens are plain words, and then the per-character test need not run (speed).
    if len(low) < 2 or low.isdigit() or not (low.isalpha() or any(ch.isalpha() for ch in low)):
        return False
    if text[start].isupper():
        if low not in lookup.common_words():
            return True
        return not (i == 0 or any(ch in SENTENCE_END for ch in text[tokens[i - 1][1] : start]))
    return low not in lookup.plain_words() and low not in lookup.common_words()


def tokens_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) of every TOKEN match.

    An ASCII text is lower-cased once and scanned with ASCII_TOKEN, whose letter ranges the regex engine tests
    without a Unicode category look-up (same matches there, ~8 % cheaper); other text word by word as before
    ("İ" grows when lowered).
    """
    if text.isascii():
        return [(m.start(), m.end(), m.group()) for m in ASCII_TOKEN.finditer(text.lower())]
    return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]


def redaction_map(tokens: list[tuple[int, int, str]], taken: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> type of the redaction that overlaps it (the first such span in sorted order).

    Walked from the spans (a few per text), not from the tokens: the token ends are sorted, so a bisect finds
    the first token a span reaches (speed).
    """
    out: dict[int, str] = {}
    if not taken:
        return out
    ends = [end for _, end, _ in tokens]
    count = len(tokens)
    for start, end, kind in sorted(taken):
        i = bisect.bisect_right(ends, start)  # the first token that ends after the span starts
        while i < count and tokens[i][0] < end:
            out.setdefault(i, kind)
            i += 1
    return out


class Scorer:
    """Token probabilities under a weights table; the word-intrinsic part of the sum is cached per word."""

    def __init__(self, table: dict[str, float]):
        self.table = table
        self._intrinsic: dict[str, float] = {}

    def intrinsic(self, word: str) -> float:
        cached = self._intrinsic.get(word)
        if cached is None:
            get = self.table.get
            cached = self._intrinsic[word] = sum(get(f, 0.0) for f in intrinsic_features(word))
            if len(self._intrinsic) > 200_000:  # a long-running worker: keep memory bounded
                self._intrinsic.clear()
        return cached

    def probability(self, tokens, i: int, text: str, redacted: dict[int, str]) -> float:
        get = self.table.get
        z = self.intrinsic(text[tokens[i][0] : tokens[i][1]])
        z += sum(get(f, 0.0) for f in context_features(tokens, i, text, redacted))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def shipped() -> Scorer:
    return Scorer(weights())


def assess(
    text: str,
    taken: list[tuple[int, int, str]],
    keep: list[tuple[int, int]],
    scorer: Scorer | None = None,
    route: float | None = None,
    redact: float | None = None,
) -> tuple[list[tuple[int, int]], str | None]:
    """What the scorer adds to one text: spans to redact, and a review reason (or None).

    A word scored at or above `redact` is redacted wherever it stands unredacted in the text (as a found name
    is propagated); it does not send the text to review (a redaction cannot leak, round 5). Among the other
    tokens, the riskiest at or above `route` sends the text to review.
    """
    scorer = scorer or shipped()
    if not scorer.table:
        return [], None
    route = ROUTE_THRESHOLD if route is None else route
    redact = REDACT_THRESHOLD if redact is None else redact
    tokens = tokens_of(text)
    redacted = redaction_map(tokens, taken)
    kept = redaction_map(tokens, [(s, e, "KEEP") for s, e in keep])
    existing = [(m.start(), m.end()) for m in REDACTION_TOKEN.finditer(text)] if "[" in text else []
    plain = lookup.plain_words()
    scored = []
    for i, (start, end, low) in enumerate(tokens):
        # Most tokens are plain lower-case Dutch words, which `scoreable` always refuses: skipped here without
        # the call (speed; the same tokens are scored).
        if (low in plain and not text[start].isupper()) or i in redacted or i in kept or not scoreable(tokens, i, text):
            continue
        if existing and any(s <= start and end <= e for s, e in existing):
            continue
        scored.append((scorer.probability(tokens, i, text, redacted), i))
    sure = {tokens[i][2] for p, i in scored if p >= redact}
    spans = []
    if sure:  # usually empty: then the tokens need not be walked again (speed)
        spans = [(s, e) for i, (s, e, low) in enumerate(tokens) if low in sure and i not in redacted and i not in kept]
    rest = [(p, i) for p, i in scored if tokens[i][2] not in sure]
    best = max(rest, default=None)
    # The text's risk: the chance that at least one token left standing is personal data (noisy-or).
    safe = 1.0
    for p, _ in rest:
        safe *= 1.0 - p
    if best is None or 1.0 - safe < route:
        return spans, None
    start, end, _ = tokens[best[1]]
    return spans, f"risicomodel: mogelijk persoonsgegeven blijft staan ({best[0]:.2f}): {text[start:end]}"


def guessed_type(word: str) -> str:
    """NAAM for a capitalised or name-list word, ANDER for the rest (an unknown lower-case word)."""
    low = word.lower()
    if word[:1].isupper() or low in lookup.first_names() or low in lookup.surnames():
        return "NAAM"
    return "ANDER"
