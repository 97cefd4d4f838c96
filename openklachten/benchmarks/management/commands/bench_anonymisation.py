"""`openklachten bench_anonymisation`: the anonymiser's cost per text, in CPU time and (optionally) in instructions.

CPU time on this shared machine moves by ±30 % with the load of other processes; the number of instructions
(valgrind callgrind, only the texts counted, start-up and list loading left out) does not, so a change to the
engine can be measured to the percent. The goal of issue 12: 1,000 texts of 600 characters per second on two
cores, i.e. at most 2 ms CPU per text of 600 characters.
"""

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.anonymisation.evaluation import TARGETS, load_corpus
from openklachten.anonymisation.management.commands.eval_anonymisation import default_corpus

# Runs under valgrind: callgrind counts only inside eval() (--toggle-collect=builtin_eval), so importing the
# engine, loading the lists and the warm-up text are left out.
CHILD = """
import json, sys
from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import all_detectors
from openklachten.anonymisation.engine import anonymise
texts = json.load(sys.stdin)
lookup.warm_up()
all_detectors()
anonymise("Mevrouw Jansen, Kerkstraat 1, 1234 AB Utrecht, belde vanaf 06-41873320.")
eval("[anonymise(t) for t in texts]")
"""


def cpu_ms_per_text(texts: list[str], repeat: int) -> float:
    """The fastest of `repeat` single-process runs, in CPU milliseconds per text (the slower runs met a neighbour)."""
    from openklachten.anonymisation import lookup
    from openklachten.anonymisation.engine import anonymise

    lookup.warm_up()
    anonymise(texts[0])
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            anonymise(text)
        best = min(best, time.process_time() - started)
    return best / len(texts) * 1000


def instructions_per_text(texts: list[str]) -> float | None:
    """Instructions per text counted by valgrind callgrind; None without valgrind (or without Python symbols)."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    import json

    result = subprocess.run(
        [
            valgrind,
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=builtin_eval",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            CHILD,
        ],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"Collected\s*:\s*([\d,]+)", result.stderr)
    count = int(found.group(1).replace(",", "")) if found else 0
    return count / len(texts) if count else None


class Command(BaseCommand):
    help = (
        "Meet de rekentijd van de anonimisering per tekst (CPU-tijd, beste van enkele rondes) en met "
        "--instructies het aantal instructies per tekst (valgrind; stabiel op een drukke machine)."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("--corpus", help="JSON Lines-corpus met een veld text (standaard het dev-corpus).")
        parser.add_argument("--texts", type=int, default=80, help="Aantal teksten uit het corpus (standaard 80).")
        parser.add_argument("--repeat", type=int, default=5, help="Rondes voor de CPU-tijd (standaard 5).")
        parser.add_argument(
            "--instructies",
            action="store_true",
            help="Tel ook de instructies per tekst met valgrind callgrind (duurt ongeveer een minuut).",
        )

    def handle(self, *args, **options):
        path = Path(options["corpus"]) if options["corpus"] else default_corpus()
        if not path.exists():
            raise CommandError(f"Corpus niet gevonden: {path}")
        texts = [doc["text"] for doc in load_corpus(path) if doc.get("text")][: options["texts"]]
        if not texts:
            raise CommandError(f"Geen teksten in {path}")
        chars = sum(map(len, texts)) / len(texts)
        per_600 = 600 / chars
        cores = os.cpu_count() or 1
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        cpu_ms = cpu_ms_per_text(texts, options["repeat"])
        goal_ms = cores * 1000 / TARGETS["docs_per_second"]
        w = self.stdout.write
        w(f"Anonimisering op {path.name}: {len(texts)} teksten, {chars:.0f} tekens gemiddeld; belasting {load}")
        w(
            f"rekentijd      {cpu_ms:.3f} ms CPU per tekst = {cpu_ms * per_600:.3f} ms per tekst van 600 tekens "
            f"(= {cores * 1000 / (cpu_ms * per_600):.0f} teksten van 600 tekens/s op {cores} vrije kernen; "
            f"doel <= {goal_ms:.1f} ms)"
        )
        if options["instructies"]:
            count = instructions_per_text(texts)
            if count is None:
                w("instructies    niet gemeten (valgrind ontbreekt of telt niets)")
            else:
                w(
                    f"instructies    {count / 1e6:.2f} miljoen per tekst = {count * per_600 / 1e6:.2f} miljoen per "
                    "tekst van 600 tekens (valgrind callgrind, zonder opstart)"
                )
