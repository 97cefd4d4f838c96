"""Rebuild from a large registry:
`DATABASE_URL=postgres://…/ok_bench openklachten bench_registry --source F [--size N]`.

Fills a throw-away registry database (made for this: every complaint and delivery in it is replaced)
with `--size` published complaints from bench_scale's synthetic input (bulk inserts, no import pipeline),
then times what a change in what is public costs today: one full read-model rebuild from the registry,
with its steps (meta.json `stappen_s`; `records` is reading the registry). Prints numbers; never fails on them.
"""

import datetime as dt
import os
import resource
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

INSERT_BATCH = 5_000  # rows per bulk INSERT: bounded memory, few round trips


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _fill(source: Path, size: int) -> int:
    import pyarrow.parquet as pq
    from django.db import connection, transaction

    from openklachten.publication.readmodel import source as readmodel_source
    from openklachten.registry.models import Complaint, Delivery, Organisation
    from openklachten.registry.organisations import ensure_organisations

    with transaction.atomic():
        Complaint.objects.all().delete()
        Delivery.objects.all().delete()
    organisations = ensure_organisations()
    deliveries = {}
    direct = [c for c in readmodel_source._DIRECT if c not in ("themas", "public_id")]
    published = dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc)
    count = 0
    for batch in pq.ParquetFile(source).iter_batches(batch_size=INSERT_BATCH):
        rows = []
        for record in batch.to_pylist():
            code = record["organisatie"]
            organisation = organisations.get(code) or Organisation.objects.get(code=code)
            if code not in deliveries:
                deliveries[code] = Delivery.objects.create(organisation=organisation, row_count=0)
            rows.append(
                Complaint(
                    **{c: "" if record.get(c) is None and _is_text(c) else record.get(c) for c in direct},
                    public_id=record["public_id"],
                    organisation=organisation,
                    delivery=deliveries[code],
                    state="gepubliceerd",
                    published_at=published,
                    bestuursorgaan_uri=record.get("bestuursorgaan") or "",
                    themas=record.get("themas") or [],
                )
            )
        Complaint.objects.bulk_create(rows)
        count += len(rows)
        if count >= size:
            break
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    return count


def _is_text(name: str) -> bool:
    from django.db import models

    from openklachten.registry.models import Complaint

    field = Complaint._meta.get_field(name)
    return isinstance(field, (models.CharField, models.TextField)) and not field.null


class Command(BaseCommand):
    help = "Meet een volledige herbouw van de leesopslag uit een groot register (PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten (standaard 1.000.000).")
        parser.add_argument("--source", required=True, help="bench_scale's invoer (basis-…/invoer-….parquet).")
        parser.add_argument("--skip-fill", action="store_true", help="De database is al gevuld.")
        parser.add_argument(
            "--compare-orm", action="store_true", help="Meet ook het lezen via de ORM (de weg van SQLite)."
        )

    def handle(self, *args, size, source, skip_fill, compare_orm, **options):
        from django.db import connection

        self.stdout.write(f"register: {connection.vendor}, database {connection.settings_dict['NAME']}")
        if not skip_fill:
            started = time.perf_counter()
            filled = _fill(Path(source), size)
            self.stdout.write(
                f"register gevuld met {filled:,} klachten in {time.perf_counter() - started:.0f} s (load {_load()})"
            )
        from openklachten.publication.readmodel import generations, rebuilds

        with tempfile.TemporaryDirectory(prefix="openklachten-bench-registry-") as root:
            started = time.perf_counter()
            generation = rebuilds.rebuild(Path(root), force=True)
            if generation is None:
                raise CommandError("Er is niets gebouwd.")
            seconds = time.perf_counter() - started
            meta = generations.read_meta(generation.path)
            steps = ", ".join(f"{name} {s} s" for name, s in meta.get("stappen_s", {}).items())
            self.stdout.write(
                f"volledige herbouw uit het register ({generation.records:,} klachten): {seconds:.0f} s, "
                f"piekgeheugen {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
                f"(load {_load()})\n  stappen: {steps}"
            )
            records = meta.get("stappen_s", {}).get("records")
            if records:
                self.stdout.write(
                    f"  register lezen ({connection.vendor}): {generation.records / records:,.0f} rijen/s"
                )
            if compare_orm:
                self._orm_read(Path(root))

    def _orm_read(self, root: Path) -> None:
        """The per-row ORM read SQLite uses (and PostgreSQL used before COPY), into the same raw Parquet."""
        from openklachten.publication.readmodel import source as readmodel_source
        from openklachten.publication.readmodel import writer

        started, cpu = time.perf_counter(), time.process_time()
        rows = writer._write_raw(readmodel_source.orm_records(), root / "orm.parquet")
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"  ter vergelijking via de ORM: {rows:,} rijen in {seconds:.1f} s ({rows / seconds:,.0f} rijen/s, "
            f"CPU {time.process_time() - cpu:.1f} s, load {_load()})"
        )
