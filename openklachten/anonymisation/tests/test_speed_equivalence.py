"""The speed-ups of the shared word scans and the risk model give exactly what the code they replace gave.

Checked on the synthetic texts, the held-out sets and edge strings (hyphens and apostrophes around words, İ/ı/ſ,
non-Latin scripts, non-breaking spaces), in original, lower and upper case.
"""

import random

from openklachten.anonymisation import document, keep, riskmodel
from openklachten.anonymisation.detectors import care, health, names, spoken
from openklachten.anonymisation.document import WORD, WORD_RUN, Document
from openklachten.anonymisation.fastre import distinct_runs
from openklachten.anonymisation.tests.test_fastre import TEXTS_ALL

EDGE = [
    "a\xa0b c\u2003d ½x x² ①ab a’b a’’b ’a ٣٤ab ab_cd a__b _a_ -a- a--b '-a-' Σσς ΑΣ İı ſ ﬁ\x1cx y\x85z",
    "x\u200bz a\u00adb \u2028q\u3000r é-è ü's e-mail zat. 'Utrecht,' “Jansen” €12,50",
]
TEXTS = TEXTS_ALL + EDGE + [t.lower() for t in EDGE]


def _old_redaction_map(tokens, taken):
    """The token-by-token walk the span walk replaced."""
    out = {}
    spans = sorted(taken)
    j = 0
    for i, (start, end, _) in enumerate(tokens):
        while j < len(spans) and spans[j][1] <= start:
            j += 1
        k = j
        while k < len(spans) and spans[k][0] < end:
            if spans[k][1] > start:
                out[i] = spans[k][2]
                break
            k += 1
    return out


def test_word_sets_equal_the_regex_scans():
    for text in TEXTS:
        doc = Document(text)
        assert distinct_runs(doc.lower, WORD, document._WORD_DELIMITERS, str.isalpha) == set(WORD.findall(doc.lower))
        assert doc.tokens == frozenset(WORD_RUN.findall(doc.lower))
        assert distinct_runs(text, keep.WORD, keep._WORD_DELIMITERS, str.isalnum) == set(keep.WORD.findall(text))


def test_ending_in_equals_endswith_also_when_cached():
    for _ in range(2):  # the second round answers from the per-process cache
        for text in TEXTS:
            doc = Document(text)
            for suffixes in (names.ROLE_ENDINGS, care.ENDINGS, spoken.STREET_SUFFIXES, health.SUFFIXES):
                assert doc.ending_in(suffixes) == {w for w in doc.words if w.endswith(suffixes)}


def test_risk_model_tokens_and_redaction_map_are_unchanged():
    rng = random.Random(12)
    for text in TEXTS:
        tokens = riskmodel.tokens_of(text)
        assert tokens == [(m.start(), m.end(), m.group().lower()) for m in riskmodel.TOKEN.finditer(text)]
        for _ in range(3):
            taken = []
            for _ in range(rng.randrange(8)):
                start = rng.randrange(len(text) + 1)
                taken.append((start, min(len(text), start + rng.randrange(40)), rng.choice("AB")))
            assert riskmodel.redaction_map(tokens, taken) == _old_redaction_map(tokens, taken)


def test_plain_word_shortcut_only_skips_tokens_scoreable_refuses():
    from openklachten.anonymisation import lookup

    plain = lookup.plain_words()
    for text in TEXTS:
        tokens = riskmodel.tokens_of(text)
        for i, (start, _, low) in enumerate(tokens):
            if low in plain and not text[start].isupper():
                assert not riskmodel.scoreable(tokens, i, text)
