"""Benchmark: import throughput of the delivery API (POST + a real worker process) against the CLI's.

    openklachten bench_delivery_api [--size 5000]     (also part of `make bench`)

Both import the same JSON file of synthetic demo records for one gemeente, each into a fresh database in
its own temporary data directory (SQLite, or a fresh PostgreSQL database when DATABASE_URL is set). The CLI
figure is `import_delivery` as `openklachten import` runs it; the API figure runs from the POST until the
status resource says `verwerkt`, with `openklachten worker` already running. Prints numbers, never fails.
"""

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

ORGANISATION = "gm0363"


def _write_file(path: Path, size: int) -> None:
    from openklachten.demo import generate_records

    records = []
    for record in generate_records(
        size, organisations=[ORGANISATION], start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31)
    ):
        record.pop("organisatie", None)
        records.append(
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in record.items() if v is not None}
        )
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def _phase(mode: str, path: str) -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)  # what `openklachten` does before every database command
    from openklachten.registry.importer import import_delivery, resolve_organisation

    organisation = resolve_organisation(ORGANISATION)
    if mode == "cli":
        start = time.perf_counter()
        result = import_delivery(path, organisation)
        elapsed = time.perf_counter() - start
        print(json.dumps({"seconds": elapsed, "rows": result.created + result.updated, "ok": result.ok}))
        return
    from django.test import Client

    from openklachten.registry.models import ApiToken, Submission

    _, token = ApiToken.issue(organisation, "bench")
    worker = subprocess.Popen(
        [sys.executable, "-m", "openklachten", "worker", "--interval", "0.1"], env=dict(os.environ)
    )
    try:
        time.sleep(3)  # the worker is up and idle, as in production
        start = time.perf_counter()
        with open(path, "rb") as handle:
            response = Client().post("/api/v1/aanleveringen", {"bestand": handle}, HTTP_AUTHORIZATION=f"Bearer {token}")
        accepted = time.perf_counter() - start
        submission_id = response.json()["id"]
        while not (submission := Submission.objects.get(pk=submission_id)).finished:
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    report = submission.report
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "accepted_after": accepted,
                "status_code": response.status_code,
                "rows": report.get("nieuw", 0) + report.get("bijgewerkt", 0),
                "ok": submission.status == "verwerkt",
            }
        )
    )


def _environment(directory: Path) -> dict:
    from openklachten.registry.jobs.testing import process_env

    env = process_env(directory)
    env.setdefault("OPENKLACHTEN_LINK_SECRET", "bench-link-secret")
    return env


class Command(BaseCommand):
    help = "Meet de importdoorvoer van de aanlever-API (POST + werker) tegen die van de CLI (drukt getallen af)."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=5000, help="Aantal klachten (standaard 5000).")
        parser.add_argument("--phase", choices=["cli", "api"], help=argparse.SUPPRESS)
        parser.add_argument("file", nargs="?", help=argparse.SUPPRESS)

    def handle(self, size, phase, file, **options):
        if phase:
            return _phase(phase, file)
        return _compare(size)


def _compare(size: int) -> None:
    with tempfile.TemporaryDirectory(prefix="openklachten-bench-api-") as tmp:
        tmp = Path(tmp)
        path = tmp / "klachten.json"
        _write_file(path, size)
        results = {}
        for mode in ("cli", "api"):
            run = subprocess.run(
                [sys.executable, "-m", "openklachten", "bench_delivery_api", "--phase", mode, str(path)],
                env=_environment(tmp / mode),
                capture_output=True,
                text=True,
            )
            if run.returncode != 0:
                print(f"{mode}: mislukt\n{run.stderr[-2000:]}")
                return
            results[mode] = json.loads(run.stdout.strip().splitlines()[-1])
        for mode, label in (("cli", "CLI (import_delivery)"), ("api", "API (POST -> worker -> verwerkt)")):
            r = results[mode]
            extra = f", 202 na {r['accepted_after'] * 1000:.0f} ms" if mode == "api" else ""
            print(
                f"{label:34s} {r['rows']:6d} klachten in {r['seconds']:6.1f} s = {r['rows'] / r['seconds']:7.0f} "
                f"klachten/s{extra}"
            )
        print(f"API / CLI: {results['cli']['seconds'] / results['api']['seconds']:.2f} x de doorvoer van de CLI")
