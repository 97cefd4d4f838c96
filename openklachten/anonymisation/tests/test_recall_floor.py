"""Recall and keep-retention stay above a floor on the dev corpus and on the synthetic registers."""

from pathlib import Path

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.evaluation import load_corpus, score
from openklachten.anonymisation.management.commands.eval_anonymisation import default_corpus
from openklachten.anonymisation.tests.synthetic import TEXTS
from tests.shared_data import require_shared


def measure(corpus):
    return score(corpus, {doc["id"]: anonymise(doc["text"]).text for doc in corpus})


def test_dev_corpus_recall_floor():
    path = require_shared(Path(default_corpus()), "Het ontwikkelcorpus (pii-dev.jsonl)")
    measured = measure(load_corpus(path))
    assert measured.recall >= 0.97, measured.examples
    assert measured.keep_retention >= 0.95, measured.examples
    for type_ in ("BSN", "IBAN", "EMAIL", "TELEFOON", "POSTCODE", "KENTEKEN", "URL", "DOSSIERNUMMER"):
        assert measured.recall_by_type()[type_] >= 0.99, (type_, measured.examples)


def test_synthetic_registers_recall_floor():
    corpus = [dict(t, pii=[{"value": v, "type": ty} for v, ty in t["pii"]]) for t in TEXTS]
    measured = measure(corpus)
    assert measured.recall >= 0.95, measured.examples
    assert measured.keep_retention >= 0.9, measured.examples
