"""Write one generation of the read model and make it current with an atomic rename."""

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from openklachten.publication.readmodel import buildconfig, database, fulltext, generations, kanonymity, schema

log = logging.getLogger(__name__)
BATCH_ROWS = 50_000  # records buffered before a Parquet write: bounds memory at ~100 MB for wide rows
CURRENT_FILE = generations.CURRENT_FILE


@dataclass(frozen=True)
class Generation:
    path: Path
    records: int
    tokens: int
    sequence: int | None = None


def current_dir(root: Path) -> Path | None:
    """The directory of the current generation, or None when nothing was built yet."""
    return generations.current_dir(root)


def _blank_to_none(value):
    return None if value == "" else value


def _write_raw(records, target: Path) -> int:
    """Write the records (dicts, or Arrow record batches of the record schema) to one Parquet file."""
    columns = schema.RECORD_COLUMNS
    arrow = schema.arrow_schema(columns)
    count = 0
    with pq.ParquetWriter(target, arrow, compression="zstd") as writer:
        batch: list[dict] = []
        for record in records:
            if isinstance(record, pa.RecordBatch):  # already columnar (benchmarks at scale): no Python per row
                count += _flush(writer, batch, columns, arrow)
                writer.write_table(pa.Table.from_batches([record]).select(columns).cast(arrow))
                count += record.num_rows
                continue
            batch.append(record)
            if len(batch) >= BATCH_ROWS:
                count += _flush(writer, batch, columns, arrow)
        count += _flush(writer, batch, columns, arrow)
    return count


def _flush(writer, batch, columns, arrow) -> int:
    if not batch:
        return 0
    data = {c: [_blank_to_none(r.get(c)) for r in batch] for c in columns}
    writer.write_table(pa.table(data, schema=arrow))
    n = len(batch)
    batch.clear()
    return n


def _write_table(rows: list[dict], target: Path, columns: dict[str, pa.DataType]) -> None:
    arrow = pa.schema(list(columns.items()))
    pq.write_table(pa.table({c: [r.get(c) for r in rows] for c in columns}, schema=arrow), target)


ORGANISATION_COLUMNS = {
    "code": pa.string(),
    "naam": pa.string(),
    "type": pa.string(),
    "cbs_code": pa.string(),
    "tooi_uri": pa.string(),
    "website": pa.string(),
    "contact_email": pa.string(),
}
DELIVERY_COLUMNS = {
    "id": pa.int64(),
    "organisatie": pa.string(),
    "aangeleverd_op": pa.timestamp("s"),
    "gewijzigd_op": pa.timestamp("s"),
    "standaardversie": pa.string(),
    "aantal_klachten": pa.int64(),
    "periode_van": pa.date32(),
    "periode_tot": pa.date32(),
    "metadata": pa.string(),
}


def write_generation(
    root: Path, records, organisations=(), deliveries=(), *, sequence: int | None = None, epoch: str | None = None
) -> Generation:
    """Build a new generation from plain record dicts and switch CURRENT to it (under the build lock).

    `sequence` is the publication sequence number the records reflect (None for models not built from the
    registry: benchmarks, demos), `epoch` the identity of that count; both go into meta.json with every
    file's size and checksum.
    """
    root = Path(root)
    with generations.build_lock(root):
        started = time.monotonic()
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        gen = root / f"gen-{stamp}-{os.getpid()}"
        gen.mkdir()
        try:
            with buildconfig.spill_directory(root) as spill:
                result = _build(gen, records, list(organisations), list(deliveries), buildconfig.config(spill))
            generations.seal(gen, sequence=sequence, epoch=epoch, build_seconds=time.monotonic() - started)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        generations.switch(root, gen)
        generations.prune(root)
    return Generation(result.path, result.records, result.tokens, sequence)


@contextlib.contextmanager
def _step(steps: dict, cpu: dict, name: str):
    """Time one build step into meta.json's `stappen_s` (wall) and `stappen_cpu_s` (CPU, all threads).

    On a shared machine wall time is mostly waiting; CPU time is what the step costs.
    """
    started, started_cpu = time.monotonic(), time.process_time()
    try:
        yield
    finally:
        steps[name] = round(time.monotonic() - started, 1)
        cpu[name] = round(time.process_time() - started_cpu, 1)
        log.info("Leesopslag: stap %s in %.1f s (CPU %.1f s)", name, steps[name], cpu[name])


def _build(gen: Path, records, organisations, deliveries, config: dict) -> Generation:
    steps: dict[str, float] = {}
    cpu: dict[str, float] = {}
    raw = gen / "raw.parquet"
    with _step(steps, cpu, "records"):  # reading the source (the registry) and writing raw rows
        _write_raw(records, raw)
    con = duckdb.connect(":memory:", config=config)
    try:
        with _step(steps, cpu, "load"):
            con.execute(f"CREATE TEMP TABLE raw AS SELECT * FROM read_parquet('{raw}')")
        with _step(steps, cpu, "kanonymity"):
            kanonymity.generalise_table(con, "raw")  # k-anonymity over everything this generation publishes
        public = ", ".join(
            {
                "jaar": "CAST(year(r.ontvangstdatum) AS INTEGER) AS jaar",
                "maand": "strftime(r.ontvangstdatum, '%Y-%m') AS maand",
                "gerelateerde_klacht": "rel.public_id AS gerelateerde_klacht",
            }.get(c, f"r.{c}")
            for c in schema.PUBLIC_COLUMNS
        )
        # Sorted by date: row-group statistics then skip whole groups for a period filter.
        with _step(steps, cpu, "klachten.parquet"):
            con.execute(
                f"COPY (SELECT r.id, {public}, r.klacht_key, r.gerelateerde_klacht_key FROM raw r "
                f"LEFT JOIN (SELECT klacht_key, min(public_id) AS public_id FROM raw GROUP BY klacht_key) rel "
                f"ON rel.klacht_key = r.gerelateerde_klacht_key ORDER BY r.ontvangstdatum, r.id) "
                f"TO '{gen / 'klachten.parquet'}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)"
            )
        count = con.execute("SELECT count(*) FROM raw").fetchall()[0][0]
        with _step(steps, cpu, "fulltext"):
            tokens = fulltext.build_index(con, "raw", str(gen / database.TOKENS_DIR), schema.TEXT_FIELDS)
    finally:
        con.close()
    raw.unlink()
    _write_table(organisations, gen / "organisaties.parquet", ORGANISATION_COLUMNS)
    _write_table(deliveries, gen / "aanleveringen.parquet", DELIVERY_COLUMNS)
    with _step(steps, cpu, "readmodel.duckdb"):
        database.build(gen, config)
    shutil.rmtree(gen / database.TOKENS_DIR)
    meta = {
        "gebouwd_op": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "aantal_klachten": count,
        "stappen_s": steps,
        "stappen_cpu_s": cpu,
    }
    (gen / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return Generation(gen, count, tokens)
