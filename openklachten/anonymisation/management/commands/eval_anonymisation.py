"""`openklachten eval_anonymisation`: recall per type, keep-retention and speed on the annotated dev corpus."""

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.anonymisation import anonymise_many
from openklachten.anonymisation.evaluation import TARGETS, load_corpus, score

HELD_OUT = Path(__file__).resolve().parents[2] / "tests" / "data"


def default_corpus() -> Path:
    repo = Path(__file__).resolve().parents[4]
    return (repo.parent / "shared" / "data" / "pii-dev.jsonl").resolve()


def default_corpora() -> list[Path]:
    """The dev corpus, then every hand-written held-out set (texts never used to tune the engine)."""
    return [default_corpus(), *sorted(HELD_OUT.glob("heldout-*.txt"))]


def measure_startup() -> tuple[float, float]:
    """Wall-clock and CPU seconds of a cold `openklachten anonymize` run on one input line.

    `python -m openklachten` takes the same path as the installed command: no Django set-up for anonymize.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "openklachten", "anonymize"],
        input='{"id": 1, "text": "Mevrouw Jansen belde vanaf 06-41873320."}\n',
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class Command(BaseCommand):
    help = "Meet de anonimisering: recall per type, behoud van te bewaren tekst en snelheid op het dev-corpus."

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus",
            action="append",
            help="Geannoteerd corpus (JSON Lines of een .txt-set in de opmaak van marked.py); mag vaker. "
            "Standaard: het dev-corpus en alle achtergehouden sets in anonymisation/tests/data.",
        )
        parser.add_argument("--no-speed", action="store_true", help="Sla de snelheids- en opstartmeting over.")
        parser.add_argument("--output", help="Schrijf de geanonimiseerde teksten als JSON Lines naar dit bestand.")
        parser.add_argument("--examples", type=int, default=20, help="Aantal gelekte voorbeelden om te tonen.")
        parser.add_argument(
            "--repeat", type=int, default=25, help="Herhalingen van het corpus voor de snelheidsmeting."
        )
        parser.add_argument("--json", action="store_true", help="Uitvoer als JSON.")

    def handle(self, *args, **options):
        paths = [Path(p) for p in options["corpus"]] if options["corpus"] else default_corpora()
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Corpus niet gevonden: {', '.join(missing)}")
        corpora = [(str(p), load_corpus(p)) for p in paths]
        if options["output"]:
            open(options["output"], "w").close()  # measure() appends every corpus' output
        reports = [self.measure(name, corpus, options) for name, corpus in corpora]
        speed = {} if options["no_speed"] else self.measure_speed(corpora[0][1], options)
        if options["json"]:
            for report in reports:
                report.pop("_score")
            self.stdout.write(json.dumps({"corpora": reports, **speed}, ensure_ascii=False, indent=1))
            return
        for report, measured in reports_with_scores(reports):
            self.print_corpus(report, measured)
        self.print_summary(reports)
        if speed:
            self.print_speed(speed, corpora[0][0])

    def measure(self, name: str, corpus: list[dict], options) -> dict:
        results = list(anonymise_many(((doc["text"], ()) for doc in corpus)))
        outputs = {doc["id"]: r.text for doc, r in zip(corpus, results, strict=False)}
        flagged = {doc["id"] for doc, r in zip(corpus, results, strict=False) if r.needs_review}
        measured = score(corpus, outputs, flagged)
        if options["output"]:
            with open(options["output"], "a", encoding="utf-8") as handle:
                for doc in corpus:
                    handle.write(json.dumps({"id": doc["id"], "text": outputs[doc["id"]]}, ensure_ascii=False) + "\n")
        return {
            "corpus": name,
            "docs": len(corpus),
            "recall": round(measured.recall, 4),
            "keep_retention": round(measured.keep_retention, 4),
            "recall_by_type": {t: round(v, 3) for t, v in measured.recall_by_type().items()},
            "items": sum(measured.total.values()),
            "review_share": round(len(flagged) / max(1, len(results)), 3),
            "unflagged_leak_share": round(measured.unflagged_leak_share, 4),
            "examples": measured.examples[: options["examples"]],
            "_score": measured,
        }

    def measure_speed(self, corpus: list[dict], options) -> dict:
        speed_texts = [doc["text"] for doc in corpus] * options["repeat"]
        mean_chars = sum(map(len, speed_texts)) / len(speed_texts)
        started = time.perf_counter()
        for _ in anonymise_many((t, ()) for t in speed_texts):
            pass
        per_second = len(speed_texts) / (time.perf_counter() - started)
        sample = speed_texts[: len(corpus) * 3]
        cpu_started = time.process_time()
        for _ in anonymise_many(((t, ()) for t in sample), processes=1):
            pass
        cpu_ms = (time.process_time() - cpu_started) / len(sample) * 1000 * 600 / mean_chars
        startup_wall, startup_cpu = measure_startup()
        return {
            "docs_per_second": round(per_second),
            "docs_per_second_600_chars": round(per_second * mean_chars / 600),  # the unit of the target
            "mean_chars": round(mean_chars),
            "cpu_ms_per_600_chars": round(cpu_ms, 3),
            "cores": os.cpu_count(),
            "startup_seconds": round(startup_wall, 2),
            "startup_cpu_seconds": round(startup_cpu, 2),
            # Wall-clock numbers mean little on a busy machine: the load stands next to them.
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }

    def print_corpus(self, report: dict, measured) -> None:
        w = self.stdout.write
        w(f"Corpus: {report['corpus']} ({report['docs']} teksten)")
        w(f"{'type':15s} {'items':>5s}  {'recall':>6s}  doel")
        for type_, value in measured.recall_by_type().items():
            target = TARGETS["types"].get(type_)
            mark = "" if target is None else ("  ok" if value >= target else "  ONDER DOEL")
            w(
                f"{type_:15s} {measured.total[type_]:5d}  {value:6.3f}  "
                f"{'' if target is None else f'>= {target:.2f}'}{mark}"
            )
        w(f"recall totaal      {measured.recall:.4f}  (doel >= {TARGETS['overall']})")
        w(f"keep-behoud        {measured.keep_retention:.4f}  (doel >= {TARGETS['keep']})")
        w(f"naar review        {report['review_share']:.1%} van de teksten  (doel <= {TARGETS['review_share']:.0%})")
        w(
            f"ongezien gelekt    {report['unflagged_leak_share']:.2%} van de items (gelekt in teksten zonder review; "
            f"doel <= {TARGETS['unflagged_leaks']:.0%})"
        )
        if report["examples"]:
            w("Gelekt of verloren (eerste voorbeelden):")
            for line in report["examples"]:
                w(f"  {line}")
        w("")

    def print_summary(self, reports: list[dict]) -> None:
        """One line per set: the two numbers that decide whether free text may be published (issue 12)."""
        w = self.stdout.write
        w(
            f"{'set':40s} {'teksten':>7s} {'items':>6s} {'recall':>7s} {'keep':>6s} {'review':>7s} "
            f"{'ongezien gelekt':>16s}"
        )
        for r in reports:
            w(
                f"{Path(r['corpus']).name[:40]:40s} {r['docs']:7d} {r['items']:6d} {r['recall']:7.3f} "
                f"{r['keep_retention']:6.3f} {r['review_share']:7.1%} {r['unflagged_leak_share']:16.2%}"
            )
        w("")

    def print_speed(self, speed: dict, name: str) -> None:
        w = self.stdout.write
        load = " ".join(f"{x:.2f}" for x in speed["load_average"])
        w(f"Snelheid (op {name}, {speed['cores']} kernen, belasting {load}):")
        w(
            f"doorvoer           {speed['docs_per_second']} docs/s ({speed['mean_chars']} tekens gemiddeld) = "
            f"{speed['docs_per_second_600_chars']} docs/s van 600 tekens  "
            f"(doel >= {TARGETS['docs_per_second']}, alle kernen)"
        )
        cpu_ms = speed["cpu_ms_per_600_chars"]
        w(
            f"rekentijd          {cpu_ms:.2f} ms CPU per tekst van 600 tekens op één kern "
            f"(= {speed['cores'] * 1000 / cpu_ms:.0f} teksten/s op {speed['cores']} vrije kernen)"
        )
        w(
            f"opstarttijd        {speed['startup_seconds']:.2f} s ({speed['startup_cpu_seconds']:.2f} s CPU) voor "
            f"`openklachten anonymize` met één regel  (doel < {TARGETS['startup_seconds']:.0f} s)"
        )


def reports_with_scores(reports: list[dict]):
    for report in reports:
        yield report, report.pop("_score")
