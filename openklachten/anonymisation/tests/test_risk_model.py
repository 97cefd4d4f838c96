"""The learned token risk scorer (riskmodel.py): what it scores, how it routes, reproducible weights."""

import gzip
import json
from pathlib import Path

import pytest

from openklachten.anonymisation import riskmodel
from openklachten.anonymisation import riskmodel_training as training
from openklachten.anonymisation.engine import anonymise
from tests.shared_data import require_shared

PROSE = (
    "De gemeente heeft mijn aanvraag voor een parkeervergunning veel te laat behandeld en daarna niet "
    "gereageerd op mijn brief. Ik vind dat onbehoorlijk en vraag om een excuus en een vergoeding."
)


def token_scores(text: str, taken=()) -> dict[str, float]:
    scorer = riskmodel.shipped()
    tokens = riskmodel.tokens_of(text)
    redacted = riskmodel.redaction_map(tokens, list(taken))
    return {
        text[s:e]: scorer.probability(tokens, i, text, redacted)
        for i, (s, e, _) in enumerate(tokens)
        if riskmodel.scoreable(tokens, i, text)
    }


def test_unseen_name_in_a_name_position_scores_high():
    # Invented names, in no training set and no name list: the letters and the place decide.
    assert token_scores("Op het gemeentehuis zei Wencheslava dat het dossier kwijt was.")["Wencheslava"] > 0.5
    assert token_scores("Volgens Oyelaran is de vergunning nooit verstuurd.")["Oyelaran"] > 0.5


def test_plain_dutch_prose_scores_low_and_is_not_routed():
    assert max(token_scores(PROSE).values()) < 0.1
    assert riskmodel.assess(PROSE, [], []) == ([], None)
    result = anonymise(PROSE)
    assert not result.needs_review and result.text == PROSE


def test_redacted_and_kept_tokens_are_not_scored():
    text = "Op het gemeentehuis zei Wencheslava dat het dossier kwijt was."
    start = text.index("Wencheslava")
    assert riskmodel.assess(text, [], [], route=0.5)[1] is not None
    assert riskmodel.assess(text, [(start, start + 11, "NAAM")], [], route=0.5) == ([], None)
    assert riskmodel.assess(text, [], [(start, start + 11)], route=0.5) == ([], None)
    # A redaction token from an earlier run (re-scan) is no risk either.
    assert riskmodel.assess("Gesprek met [NAAM-1] over de aanvraag.", [], [], route=0.01)[1] is None


def test_engine_routes_on_the_scorer_only_when_the_rules_do_not(monkeypatch):
    text = "Op het gemeentehuis zei Wencheslava dat het dossier kwijt was."
    assert not anonymise(text).needs_review  # shipped threshold: one moderately risky word is not enough
    monkeypatch.setattr(riskmodel, "ROUTE_THRESHOLD", 0.5)
    result = anonymise(text)
    assert result.needs_review
    assert result.review_reasons[0].startswith("risicomodel:") and "Wencheslava" in result.review_reasons[0]
    assert result.text == text  # routing only: nothing redacted
    assert not anonymise(text, risk_model=False).needs_review


def test_training_is_deterministic(tmp_path):
    sources = [training.HELD_OUT / "heldout-c.txt", training.HELD_OUT / "heldout-d.txt"]
    first, second = training.train_file(sources), training.train_file(sources)
    assert first == second
    weights = json.loads(gzip.decompress(first))
    assert set(weights["sources"]) == {"heldout-c.txt", "heldout-d.txt"}
    assert weights["weights"]


def test_shipped_weights_record_the_current_training_files():
    """A changed training set (or an added one) needs `openklachten train_risk_model`."""
    require_shared(training.default_dev_corpus(), "Het ontwikkelcorpus (pii-dev.jsonl)")
    shipped = json.loads(gzip.decompress(riskmodel.WEIGHTS_FILE.read_bytes()))
    assert shipped["sources"] == {Path(p).name: training.sha256(p) for p in training.default_sources()}


@pytest.mark.slow
def test_shipped_weights_match_a_retrain():
    """The committed weights are exactly what training gives now (else run `openklachten train_risk_model`)."""
    require_shared(training.default_dev_corpus(), "Het ontwikkelcorpus (pii-dev.jsonl)")
    assert training.train_file(training.default_sources()) == riskmodel.WEIGHTS_FILE.read_bytes()


def test_training_sets_are_explicit_and_exclude_new_blind_sets():
    # O-R were measured blind in session 4 and are training data since round 8; S-V are the next blind sets
    # and must never be trained on in the session that measures them.
    assert all(name in training.TRAINING_SETS for name in (f"heldout-{c}.txt" for c in "abcdefghijklmnopqr"))
    assert not any(name[-5] in "stuv" for name in training.TRAINING_SETS)


def test_replay_reproduces_the_blind_first_measurements():
    """The replay files hold the old engines' output: scored without the model they give the blind numbers."""
    from openklachten.anonymisation.management.commands.eval_risk_model import Case, measure
    from openklachten.anonymisation.marked import load_marked

    metingen = Path(__file__).resolve().parents[3] / "docs" / "metingen"
    expected = {"heldout-k.txt": 0.1238, "heldout-l.txt": 0.1273, "heldout-m.txt": 0.1156, "heldout-n.txt": 0.1544}
    # O-R: the session-4 engine (a5e7161) already routed with the risk scorer, so its replay holds those numbers.
    expected |= {"heldout-o.txt": 0.0429, "heldout-p.txt": 0.0311, "heldout-q.txt": 0.0855, "heldout-r.txt": 0.0462}
    lines = [
        json.loads(line)
        for name in ("replay-b307b69-KL.jsonl", "replay-98e6316-MN.jsonl", "replay-a5e7161-OPQR.jsonl")
        for line in (metingen / name).read_text(encoding="utf-8").splitlines()
    ]
    for set_name, share in expected.items():
        docs = {d["id"]: d for d in load_marked(training.HELD_OUT / set_name)}
        cases = [
            Case(docs[x["id"]], x["output"], x["needs_review"], x["entities"], x["kept"])
            for x in lines
            if x["set"] == set_name
        ]
        assert len(cases) == 25
        assert round(measure(cases, None, None, None)["unflagged"], 4) == share
