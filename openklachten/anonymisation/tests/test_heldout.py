"""Held-out sets (tests/data/heldout-*.txt): hand-written texts in other registers, with a recall floor.

Set A was written before the register detectors existed, B after them, C after the second round, E-G
before the fourth (issue 12: lists of people, lower-case chat/speech, care and health); none is
used to tune single documents (only classes of failure). The floor sits below the measured values
(A, B and C 1.000 after the class fixes) so a regression shows, not noise.
"""

from pathlib import Path

import pytest

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.evaluation import load_corpus, score
from openklachten.anonymisation.marked import parse_text

DATA = Path(__file__).with_name("data")


@pytest.mark.parametrize(
    "name",
    [
        "heldout-a.txt",
        "heldout-b.txt",
        "heldout-c.txt",
        "heldout-d.txt",
        "heldout-e.txt",
        "heldout-f.txt",
        "heldout-g.txt",
        "heldout-h.txt",
        "heldout-i.txt",
        "heldout-j.txt",
    ],
)
def test_held_out_recall_and_keep(name):
    corpus = load_corpus(DATA / name)
    assert len(corpus) >= 12
    measured = score(corpus, {doc["id"]: anonymise(doc["text"]).text for doc in corpus})
    assert measured.recall >= 0.96, measured.examples
    # E keeps 0.947: the complaint number "2024-0311" in a minutes header was annotated as public before
    # tuning; the safety net redacts it as a case number (safe side). Left as measured, not re-annotated.
    assert measured.keep_retention >= 0.94, measured.examples
    assert measured.recall_by_type()["NAAM"] >= 0.97, measured.examples


@pytest.mark.parametrize(
    "name", ["heldout-e.txt", "heldout-f.txt", "heldout-g.txt", "heldout-h.txt", "heldout-i.txt", "heldout-j.txt"]
)
def test_held_out_unflagged_leaks_and_review_share(name):
    """Issue 12: what leaks must be in texts a person reviews; at most a fifth of the texts go to review."""
    corpus, flagged, measured = measure_with_review(name)
    # H keeps one unflagged leak (a generic role tied to a small gemeente): 1.6 %, under this 2 % floor.
    assert measured.unflagged_leak_share <= 0.02, measured.examples
    assert len(flagged) / len(corpus) <= 0.25


def measure_with_review(name: str):
    """A set run through the engine: its documents, the ids sent to review, and the score with review counted."""
    corpus = load_corpus(DATA / name)
    results = {doc["id"]: anonymise(doc["text"]) for doc in corpus}
    flagged = {i for i, r in results.items() if r.needs_review}
    return corpus, flagged, score(corpus, {i: r.text for i, r in results.items()}, flagged)


@pytest.mark.parametrize("name", ["heldout-o.txt", "heldout-p.txt", "heldout-q.txt", "heldout-r.txt"])
def test_sets_o_to_r_after_round_8(name):
    """O-R (blind first measurement in session 4, tuned by class in round 8): floors below the measured values.

    Measured after round 8: recall O 0.957, P 0.988, Q 0.967, R 0.988; keep 1.000 / 0.966 / 0.956 / 0.978;
    review 28 / 20 / 24 / 0 %; unflagged leaks 0.00 / 0.00 / 0.00 / 1.16 % (R: a description of a news item, and
    the age "2" that the scorer counts as leaked because "[NAAM-2]" holds the digit).
    """
    corpus, flagged, measured = measure_with_review(name)
    assert measured.recall >= 0.94, measured.examples
    assert measured.keep_retention >= 0.95, measured.examples
    assert measured.recall_by_type()["NAAM"] >= 0.9, measured.examples
    assert measured.unflagged_leak_share <= 0.02, measured.examples
    assert len(flagged) / len(corpus) <= 0.32


@pytest.mark.parametrize("name", ["heldout-s.txt", "heldout-t.txt", "heldout-u.txt", "heldout-v.txt"])
def test_sets_s_to_v_after_round_9(name):
    """S-V (blind first measurement after round 8, tuned by class in round 9): floors below the measured values.

    Blind (round 8): recall S 0.910, T 0.878, U 0.871, V 0.846. After round 9: recall 0.936 / 0.922 / 0.912 / 0.888;
    keep 0.932 / 0.962 / 0.884 / 0.871; review 20 / 36 / 28 / 36 %; unflagged leaks 3.85 / 2.22 / 4.12 / 3.50 %.
    After round 10 (tuned on these sets by class): recall 0.981 / 0.956 / 0.965 / 0.979; keep unchanged; review
    12 / 32 / 24 / 28 %; unflagged leaks 0.64 / 1.11 / 2.35 / 1.40 %. These floors only catch a regression.
    """
    corpus, flagged, measured = measure_with_review(name)
    assert measured.recall >= 0.94, measured.examples
    assert measured.keep_retention >= 0.85, measured.examples
    assert measured.unflagged_leak_share <= 0.03, measured.examples
    assert len(flagged) / len(corpus) <= 0.36


def test_mark_up_parses_values_and_keeps():
    doc = parse_text("x", "Beste {NAAM|Petra}, de <<gemeente Ede>> belt {TELEFOON|06-12345678}.")
    assert doc["text"] == "Beste Petra, de gemeente Ede belt 06-12345678."
    assert doc["pii"] == [{"value": "Petra", "type": "NAAM"}, {"value": "06-12345678", "type": "TELEFOON"}]
    assert doc["keep"] == ["gemeente Ede"]


# Measured after round 11 (W-Z blind twice, then tuned on for health only): recall, GEZONDHEID recall, keep.
W_TO_Z_MEASURED = {
    "heldout-w.txt": (0.925, 0.923, 0.943),
    "heldout-x.txt": (0.957, 0.926, 0.955),
    "heldout-y.txt": (0.887, 0.900, 0.959),
    "heldout-z.txt": (0.918, 1.000, 0.947),
}


@pytest.mark.parametrize("name", sorted(W_TO_Z_MEASURED))
def test_sets_w_to_z_do_not_fall_back(name):
    """W-Z (session 5): the blind measurements are in docs/metingen; these floors sit 0.02 under round 11.

    Unflagged leaks are still 3-7 % here (issue 12 asks for 1 %): the floor only keeps them from growing.
    """
    recall, health, keep = W_TO_Z_MEASURED[name]
    corpus, flagged, measured = measure_with_review(name)
    assert measured.recall >= recall - 0.02, measured.examples
    assert measured.recall_by_type()["GEZONDHEID"] >= health - 0.02, measured.examples
    assert measured.keep_retention >= keep - 0.02, measured.examples
    assert measured.unflagged_leak_share <= 0.08, measured.examples
