"""`openklachten bench_kanonymity`: what k-anonymity over the whole published set costs a read-model rebuild.

Builds the read model from the same synthetic records with and without the k-anonymity step and prints
the medians; never fails on them (speed goals are not tests). Runs in a temporary directory.
"""

import statistics
import tempfile
import time
from pathlib import Path

import duckdb
from django.core.management.base import BaseCommand

from openklachten.demo import synthetic
from openklachten.publication import readmodel
from openklachten.publication.readmodel import kanonymity


class Command(BaseCommand):
    help = "Meet de opbouwtijd van de leesopslag met en zonder k-anonimiteit over alles wat gepubliceerd is."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=50_000, help="Aantal klachten (standaard 50.000).")
        parser.add_argument("--repeat", type=int, default=3, help="Herhalingen per variant.")

    def handle(self, *args, size, repeat, **options):
        records, organisations = synthetic.records(size)
        records = list(records)
        step = kanonymity.generalise_table
        timings: dict[str, list[float]] = {"zonder k-anonimiteit": [], "met k-anonimiteit": []}
        with tempfile.TemporaryDirectory(prefix="bench-kanon-") as tmp:
            for n in range(repeat):
                for label, generalise in (("zonder k-anonimiteit", lambda con, table: 0), ("met k-anonimiteit", step)):
                    kanonymity.generalise_table = generalise  # the builder calls it through the module
                    try:
                        started = time.perf_counter()
                        readmodel.write_records(records, Path(tmp) / f"{n}-{len(timings[label])}", organisations)
                        timings[label].append(time.perf_counter() - started)
                    finally:
                        kanonymity.generalise_table = step
            generalise_only, changed = self._step_only(records, Path(tmp), repeat)
        for label, values in timings.items():
            self.stdout.write(
                f"Opbouw {size} klachten {label}: mediaan {statistics.median(values):.2f} s "
                f"({', '.join(f'{v:.2f}' for v in values)})"
            )
        self.stdout.write(
            f"Alleen de k-anonimiteitsstap: mediaan {statistics.median(generalise_only) * 1000:.0f} ms, "
            f"{changed} rijen gegeneraliseerd"
        )

    def _step_only(self, records, tmp: Path, repeat: int):
        from openklachten.publication.readmodel import writer

        path = tmp / "raw.parquet"
        writer._write_raw(iter(records), path)
        results, changed = [], 0
        for _ in range(repeat):
            con = duckdb.connect(":memory:")
            con.execute(f"CREATE TEMP TABLE raw AS SELECT * FROM read_parquet('{path}')")
            started = time.perf_counter()
            changed = kanonymity.generalise_table(con, "raw")
            results.append(time.perf_counter() - started)
            con.close()
        return results, changed
