"""`openklachten eval_risk_model`: estimates of the token risk scorer on registers it has not seen.

Leave-one-set-out: for each annotated set X, train the scorer on every other set (and the dev corpus), apply it
to the engine's output on X, and print recall, keep, review share and unflagged-leak share without and with the
scorer. The engine's rules were tuned on these sets, so its own leftovers there are few: an optimistic test.

`--replay FILE` (replay_dump.py) is the stricter test: an OLD engine's output on sets that were blind for it
(K/L for b307b69, M/N for 98e6316), with a scorer trained only on the sets that existed before them.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.anonymisation import riskmodel
from openklachten.anonymisation import riskmodel_training as training
from openklachten.anonymisation.evaluation import score

ROUTES = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.01)
REDACTS = (0.9, 0.95, 0.98, 1.01)  # 1.01: the scorer never redacts


@dataclass
class Case:
    doc: dict
    output: str
    flagged: bool
    taken: list
    kept: list


def _redacted(text: str, spans) -> str:
    parts, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            continue
        parts += [text[position:start], "[X]"]
        position = end
    return "".join(parts) + text[position:]


def measure(cases: list[Case], scorer, route: float | None, redact: float | None) -> dict:
    """Numbers of one set with the scorer at (route, redact); None for both: the engine alone."""
    outputs, flagged = {}, set()
    for case in cases:
        output, review = case.output, case.flagged
        if route is not None:
            extra, reason = riskmodel.assess(case.doc["text"], case.taken, case.kept, scorer, route, redact)
            if extra:
                output = _redacted(case.doc["text"], [(s, e) for s, e, _ in case.taken] + extra)
            review = review or reason is not None
        outputs[case.doc["id"]] = output
        if review:
            flagged.add(case.doc["id"])
    measured = score([c.doc for c in cases], outputs, flagged)
    return {
        "review": len(flagged) / len(cases),
        "unflagged": measured.unflagged_leak_share,
        "recall": measured.recall,
        "keep": measured.keep_retention,
        "items": sum(measured.total.values()),
        "docs": len(cases),
    }


def _line(name: str, before: dict, after: dict) -> str:
    return (
        f"{name:14s} {before['items']:5d} {before['recall']:6.3f} -> {after['recall']:5.3f} "
        f"{before['keep']:6.3f} -> {after['keep']:5.3f} {before['review']:6.1%} -> {after['review']:6.1%} "
        f"{before['unflagged']:7.2%} -> {after['unflagged']:6.2%}"
    )


HEADER = f"{'set':14s} {'items':>5s} {'recall':>15s} {'keep':>15s} {'review':>16s} {'ongezien gelekt':>17s}"


class Command(BaseCommand):
    help = "Schat het risicomodel op ongeziene registers: leave-one-set-out, of een oude engine opnieuw afgespeeld."

    def add_arguments(self, parser):
        parser.add_argument("--route", type=float, default=riskmodel.ROUTE_THRESHOLD)
        parser.add_argument("--redact", type=float, default=riskmodel.REDACT_THRESHOLD)
        parser.add_argument(
            "--replay", action="append", help="Uitvoer van een oude engine (replay_dump.py); mag vaker."
        )
        parser.add_argument("--curve", action="store_true", help="Toon per set alle drempelparen.")

    def handle(self, *args, **options):
        analysed = training.analyse_corpora(training.default_sources())
        folds = self.replay_folds(analysed, options["replay"]) if options["replay"] else self.loo_folds(analysed)
        w = self.stdout.write
        w(f"Drempels: review vanaf {options['route']}, weglakken vanaf {options['redact']}")
        w(HEADER)
        totals = defaultdict(lambda: [0.0, 0, 0.0, 0])  # review docs, docs, unflagged items, items
        for name, cases, scorer in folds:
            before = measure(cases, scorer, None, None)
            after = measure(cases, scorer, options["route"], options["redact"])
            w(_line(name, before, after))
            for route in ROUTES:
                for redact in REDACTS:
                    m = measure(cases, scorer, route, redact)
                    if options["curve"]:
                        w(
                            f"    review>={route} weglakken>={redact}: review {m['review']:6.1%}, keep "
                            f"{m['keep']:.3f}, ongezien gelekt {m['unflagged']:6.2%}"
                        )
                    t = totals[(route, redact)]
                    t[0] += m["review"] * m["docs"]
                    t[1] += m["docs"]
                    t[2] += m["unflagged"] * m["items"]
                    t[3] += m["items"]
        w("")
        w("Curve over deze sets samen (review vanaf, weglakken vanaf: review, ongezien gelekt; 1.01 = nooit):")
        for (route, redact), (review, docs, leaks, items) in totals.items():
            w(f"  {route:4} {redact:4}: review {review / docs:6.1%}, ongezien gelekt {leaks / items:6.2%}")

    def loo_folds(self, analysed):
        for held in sorted(analysed):
            rows = training.training_rows(analysed[name] for name in sorted(analysed) if name != held)
            scorer = riskmodel.Scorer(training.train(rows))
            cases = [Case(a.doc, a.output, a.flagged, a.taken, a.kept) for a in analysed[held]]
            yield Path(held).stem, cases, scorer

    def replay_folds(self, analysed, paths):
        for path in paths:
            lines = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
            by_set = defaultdict(list)
            for line in lines:
                by_set[line["set"]].append(line)
            first = min(by_set)
            train_on = [n for n in sorted(analysed) if n < first or not n.startswith("heldout-")]
            scorer = riskmodel.Scorer(training.train(training.training_rows(analysed[n] for n in train_on)))
            self.stdout.write(f"{Path(path).name}: getraind op {', '.join(Path(n).stem for n in train_on)}")
            for name, replayed in sorted(by_set.items()):
                docs = {a.doc["id"]: a.doc for a in analysed[name]}
                cases = [
                    Case(
                        docs[x["id"]],
                        x["output"],
                        x["needs_review"],
                        [tuple(e) for e in x["entities"]],
                        [tuple(k) for k in x["kept"]],
                    )
                    for x in replayed
                ]
                yield f"{Path(name).stem} (oud)", cases, scorer
