"""`openklachten bench_validate`: how fast 100,000 complaints are read and validated, per format."""

import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.intake import samples
from openklachten.intake.readers import read_table
from openklachten.intake.validation import validate

# The goal of the standard issue: 100,000 rows in under 10 seconds on the project's 2-core machine.
GOAL_SECONDS = 10.0


class Command(BaseCommand):
    # Wall-clock time is the goal; processor time is printed too because this machine is shared and a busy
    # neighbour can double the wall-clock time without the code getting slower.
    help = (
        "Meet hoe snel een CSV- en een Excelbestand met (standaard) 100.000 klachten worden gelezen en gecontroleerd."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=100_000, help="Aantal klachten per bestand (standaard 100000).")
        parser.add_argument(
            "--formats",
            default="csv,xlsx",
            help="Komma-gescheiden formaten: csv, xlsx, json, jsonl (standaard csv,xlsx).",
        )

    def handle(self, *args, **options):
        n = options["rows"]
        rows = samples.sample_rows(n)
        writers = {
            "csv": lambda p: samples.write_csv(p, rows),
            "xlsx": lambda p: samples.write_xlsx(p, rows),
            "json": lambda p: samples.write_json(p, rows),
            "jsonl": lambda p: samples.write_json(p, rows, lines=True),
        }
        with tempfile.TemporaryDirectory(prefix="openklachten-bench-") as folder:
            for fmt in [f.strip() for f in options["formats"].split(",") if f.strip()]:
                path = writers[fmt](Path(folder) / f"klachten.{fmt}")
                size = path.stat().st_size / 1e6
                cpu_start, start = time.process_time(), time.perf_counter()
                table = read_table(path)
                read_done = time.perf_counter()
                report = validate(table)
                end, cpu = time.perf_counter(), time.process_time() - cpu_start
                total = end - start
                verdict = "binnen" if total < GOAL_SECONDS else "BOVEN"
                self.stdout.write(
                    f"{fmt:>5}: {report.rows} rijen ({size:.1f} MB) in {total:.2f} s "
                    f"(lezen {read_done - start:.2f} s, controleren {end - read_done:.2f} s) = "
                    f"{report.rows / total:,.0f} rijen/s; processortijd {cpu:.2f} s; {len(report.errors)} fouten; "
                    f"{verdict} het doel van {GOAL_SECONDS:.0f} s"
                )
