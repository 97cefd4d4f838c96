"""`openklachten eval_anonymisation`: recall per type, keep-retention and speed on the annotated dev corpus."""

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.anonymisation import anonymise_many
from openklachten.anonymisation.evaluation import TARGETS, load_corpus, score



def default_corpus() -> Path:
    repo = Path(__file__).resolve().parents[4]
    return (repo.parent / "shared" / "data" / "pii-dev.jsonl").resolve()


def measure_startup() -> tuple[float, float]:
    """Wall-clock and CPU seconds of a cold `openklachten anonymize` run on one input line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "openklachten", "anonymize"],
        input='{"id": 1, "text": "Mevrouw Jansen belde vanaf 06-41873320."}\n',
        capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class Command(BaseCommand):
    help = "Meet de anonimisering: recall per type, behoud van te bewaren tekst en snelheid op het dev-corpus."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", default=str(default_corpus()), help="Geannoteerd corpus (JSON Lines).")
        parser.add_argument("--output", help="Schrijf de geanonimiseerde teksten als JSON Lines naar dit bestand.")
        parser.add_argument("--examples", type=int, default=20, help="Aantal gelekte voorbeelden om te tonen.")
        parser.add_argument("--repeat", type=int, default=25, help="Herhalingen van het corpus voor de snelheidsmeting.")
        parser.add_argument("--json", action="store_true", help="Uitvoer als JSON.")

    def handle(self, *args, **options):
        path = Path(options["corpus"])
        if not path.exists():
            raise CommandError(f"Corpus niet gevonden: {path}")
        corpus = load_corpus(path)
        results = list(anonymise_many(((doc["text"], ()) for doc in corpus), processes=1))
        outputs = {doc["id"]: r.text for doc, r in zip(corpus, results)}
        measured = score(corpus, outputs)
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                for doc in corpus:
                    handle.write(json.dumps({"id": doc["id"], "text": outputs[doc["id"]]}, ensure_ascii=False) + "\n")

        speed_texts = [doc["text"] for doc in corpus] * options["repeat"]
        mean_chars = sum(map(len, speed_texts)) / len(speed_texts)
        started = time.perf_counter()
        for _ in anonymise_many((t, ()) for t in speed_texts):
            pass
        per_second = len(speed_texts) / (time.perf_counter() - started)
        # Normalised to texts of ~600 characters, the unit of the target.
        per_second_600 = per_second * mean_chars / 600

        sample = speed_texts[: len(corpus) * 3]
        cpu_started = time.process_time()
        for _ in anonymise_many(((t, ()) for t in sample), processes=1):
            pass
        cpu_ms = (time.process_time() - cpu_started) / len(sample) * 1000 * 600 / mean_chars
        startup_wall, startup_cpu = measure_startup()

        report = {
            "corpus": str(path),
            "docs": len(corpus),
            "recall": round(measured.recall, 4),
            "keep_retention": round(measured.keep_retention, 4),
            "recall_by_type": {t: round(v, 3) for t, v in measured.recall_by_type().items()},
            "docs_per_second": round(per_second),
            "docs_per_second_600_chars": round(per_second_600),
            "cpu_ms_per_600_chars": round(cpu_ms, 3),
            "startup_seconds": round(startup_wall, 2),
            "startup_cpu_seconds": round(startup_cpu, 2),
            "review_share": round(sum(r.needs_review for r in results) / len(results), 3),
            "examples": measured.examples[: options["examples"]],
        }
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
            return
        w = self.stdout.write
        w(f"Corpus: {path} ({len(corpus)} teksten)")
        w(f"{'type':15s} {'items':>5s}  {'recall':>6s}  doel")
        for type_, value in measured.recall_by_type().items():
            target = TARGETS["types"].get(type_)
            mark = "" if target is None else ("  ok" if value >= target else "  ONDER DOEL")
            w(f"{type_:15s} {measured.total[type_]:5d}  {value:6.3f}  {'' if target is None else f'>= {target:.2f}'}{mark}")
        w(f"recall totaal      {measured.recall:.4f}  (doel >= {TARGETS['overall']})")
        w(f"keep-behoud        {measured.keep_retention:.4f}  (doel >= {TARGETS['keep']})")
        w(f"snelheid           {per_second:.0f} teksten/s ({mean_chars:.0f} tekens gemiddeld), "
          f"{per_second_600:.0f} teksten van 600 tekens/s  (doel >= {TARGETS['docs_per_second']}, alle kernen)")
        w(f"rekentijd          {cpu_ms:.2f} ms CPU per tekst van 600 tekens op één kern "
          f"(= {2000 / cpu_ms:.0f} teksten/s op twee vrije kernen)")
        w(f"opstarttijd        {startup_wall:.2f} s ({startup_cpu:.2f} s CPU) voor `openklachten anonymize` "
          f"met één regel  (doel < {TARGETS['startup_seconds']:.0f} s)")
        w(f"naar review        {report['review_share']:.1%} van de teksten")
        if report["examples"]:
            w("Gelekt of verloren (eerste voorbeelden):")
            for line in report["examples"]:
                w(f"  {line}")
