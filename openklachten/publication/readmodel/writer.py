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

from openklachten.publication.readmodel import (
    buildconfig,
    database,
    fulltext,
    generations,
    kanonymity,
    parts,
    schema,
)

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


@dataclass(frozen=True)
class Reuse:
    """An incremental build: the organisations whose parts (parts.py) are taken over from `previous` as they are.

    The records given to the writer are then only those of the other organisations (the ones read again).
    """

    previous: Path
    keep: frozenset


def write_generation(
    root: Path,
    records,
    organisations=(),
    deliveries=(),
    *,
    sequence: int | None = None,
    epoch: str | None = None,
    reuse: Reuse | None = None,
    fingerprints: dict | None = None,
    registry: str = "",
) -> Generation:
    """Build a new generation from plain record dicts and switch CURRENT to it (under the build lock).

    `sequence` is the publication sequence number the records reflect (None for models not built from the
    registry: benchmarks, demos), `epoch` the identity of that count; both go into meta.json with every
    file's size and checksum. `reuse`: build incrementally (raises parts.PartsUnusable when the previous
    generation's parts cannot be taken over). `fingerprints`: the registry state per organisation code the
    records were read at (source.published_fingerprints), kept with each organisation's parts; `registry`: the
    registry's schema version (incremental.registry_version), part of every part's build signature.
    """
    root = Path(root)
    with generations.build_lock(root):
        started = time.monotonic()
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        gen = root / f"gen-{stamp}-{os.getpid()}"
        gen.mkdir()
        try:
            with buildconfig.spill_directory(root) as spill:
                result = _build(
                    gen,
                    records,
                    list(organisations),
                    list(deliveries),
                    buildconfig.config(spill),
                    reuse,
                    fingerprints or {},
                    registry,
                )
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


def _build(
    gen: Path, records, organisations, deliveries, config: dict, reuse: Reuse | None, fingerprints, registry: str
) -> Generation:
    steps: dict[str, float] = {}
    cpu: dict[str, float] = {}
    folder = gen / parts.DIR
    folder.mkdir()
    sign = parts.signature(kanonymity.k_from_settings(), registry)
    kept: dict[str, dict] = {}
    if reuse is not None:
        section = parts.previous(reuse.previous, sign)
        missing = set(reuse.keep) - set(section.get("organisaties", {}))
        if missing:
            raise parts.PartsUnusable(f"geen delen van {', '.join(sorted(missing))} in de vorige generatie")
        kept = {code: section["organisaties"][code] for code in reuse.keep}
    raw = gen / "raw.parquet"
    with _step(steps, cpu, "records"):  # reading the source (the registry) and writing raw rows
        _write_raw(records, raw)
    con = duckdb.connect(":memory:", config=config)
    try:
        with _step(steps, cpu, "load"):
            con.execute(f"CREATE TEMP TABLE raw AS SELECT * FROM read_parquet('{raw}') ORDER BY organisatie, id")
        with _step(steps, cpu, "kanonymity"):
            # Per organisation (kanonymity.PARTITION): the rows read again are generalised among themselves,
            # the taken-over ones were generalised the same way when they were read.
            kanonymity.generalise_table(con, "raw")
        with _step(steps, cpu, "delen"):
            read_again = {c for (c,) in con.execute("SELECT DISTINCT organisatie FROM raw").fetchall()}
            written: dict[str, list[str]] = {}
            # The words of each distinct piece of text, once for all organisations read again (fulltext).
            fulltext.add_piece_words(con, "raw", schema.TEXT_FIELDS)
            for code in sorted(read_again):
                where = f"organisatie = {_quote(code)}"
                words = fulltext.vocabulary_sql("raw", schema.TEXT_FIELDS, f" AND {where}")
                written[code] = [
                    parts.write(con, f"SELECT * FROM raw WHERE {where}", folder, code, "rijen", "0"),
                    parts.write(con, words, folder, code, "woorden", "0"),
                ]
            if read_again & kept.keys():
                raise parts.PartsUnusable("een organisatie is zowel opnieuw gelezen als overgenomen")
            if kept:
                parts.take_over(reuse.previous / parts.DIR, folder, kept, ("rijen", "woorden"))
                taken = ", ".join(f"'{folder / n}'" for e in kept.values() for n in parts.files(e, "rijen"))
                con.execute(f"INSERT INTO raw BY NAME SELECT * FROM read_parquet([{taken}])")
        public = ", ".join(
            {
                "jaar": "CAST(year(r.ontvangstdatum) AS INTEGER) AS jaar",
                "maand": "strftime(r.ontvangstdatum, '%Y-%m') AS maand",
                "gerelateerde_klacht": "rel.public_id AS gerelateerde_klacht",
            }.get(c, f"r.{c}")
            for c in schema.PUBLIC_COLUMNS
        )
        # Sorted by date: row-group statistics then skip whole groups for a period filter. The related
        # complaint is looked up across every organisation, so this file is always written anew.
        with _step(steps, cpu, "klachten.parquet"):
            con.execute(
                f"COPY (SELECT r.id, {public}, r.klacht_key, r.gerelateerde_klacht_key FROM raw r "
                f"LEFT JOIN (SELECT klacht_key, min(public_id) AS public_id FROM raw GROUP BY klacht_key) rel "
                f"ON rel.klacht_key = r.gerelateerde_klacht_key ORDER BY r.ontvangstdatum, r.id) "
                f"TO '{gen / 'klachten.parquet'}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)"
            )
        count = con.execute("SELECT count(*) FROM raw").fetchall()[0][0]
        with _step(steps, cpu, "fulltext"):
            retoken, token_files = _index(con, gen, folder, written, kept, reuse)
        tokens = sum(pq.ParquetFile(path).metadata.num_rows for path in token_files)
    finally:
        con.close()
    raw.unlink()
    _write_table(organisations, gen / "organisaties.parquet", ORGANISATION_COLUMNS)
    _write_table(deliveries, gen / "aanleveringen.parquet", DELIVERY_COLUMNS)
    with _step(steps, cpu, "readmodel.duckdb"):
        database.build(gen, config)
    shutil.rmtree(gen / database.TOKENS_DIR)
    with _step(steps, cpu, "controlegetallen"):
        section = _describe(folder, written, kept, fingerprints, sign)
    section.update(herlezen=sorted(read_again), overgenomen=sorted(kept), zoekindex_opnieuw=sorted(retoken))
    meta = {
        "gebouwd_op": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "aantal_klachten": count,
        "opbouw": "volledig" if reuse is None else "incrementeel",
        "stappen_s": steps,
        "stappen_cpu_s": cpu,
        parts.DIR: section,
    }
    (gen / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return Generation(gen, count, tokens)


def _index(con, gen: Path, folder: Path, written: dict, kept: dict, reuse: Reuse | None) -> tuple[set, list[Path]]:
    """The full-text index as parts: new for the organisations read again and for those whose words now split
    differently; taken over for the rest. Returns (organisations re-indexed from kept rows, token files)."""
    vocabulary_files = [folder / n for n in _all_names(written, kept) if parts.kind_of(n) == "woorden"]
    vocabulary = (
        [w for (w,) in con.execute(f"SELECT DISTINCT woord FROM read_parquet({_paths(vocabulary_files)})").fetchall()]
        if vocabulary_files
        else []
    )
    pairs = fulltext.stem_pairs(vocabulary)  # the whole corpus's word -> stems, made again every time
    pq.write_table(pairs, folder / parts.STEMS_FILE)
    con.register("stemmen", pairs)
    try:
        retoken: set[str] = set()
        if kept:
            retoken = _changed_words_owners(con, folder, kept, reuse)
            unchanged = {c: e for c, e in kept.items() if c not in retoken}
            parts.take_over(reuse.previous / parts.DIR, folder, unchanged, ("tokens",))
            if retoken:  # their rows were taken over, so their pieces are not in the piece table yet
                owners = ", ".join(_quote(c) for c in sorted(retoken))
                fulltext.add_piece_words(con, "raw", schema.TEXT_FIELDS, f" AND organisatie IN ({owners})")
        fulltext.stem_pieces(con)
        for code, n, where in _token_blocks(con, set(written) | retoken):
            sql = fulltext.tokens_sql("raw", schema.TEXT_FIELDS, f" AND {where}")
            written.setdefault(code, []).append(parts.write(con, sql, folder, code, "tokens", f"b{n}"))
    finally:
        con.unregister("stemmen")
    target = gen / database.TOKENS_DIR
    target.mkdir()
    files = []
    for code in set(written) | set(kept):
        names = written.get(code, []) + [n for n in kept.get(code, {}).get("bestanden", {}) if code not in retoken]
        for name in (n for n in names if parts.kind_of(n) == "tokens"):
            os.link(folder / name, target / name)  # the query copy reads the index from here
            files.append(target / name)
    if not files:  # an empty index still needs its columns (database.build reads them)
        columns = pa.schema({"stem": pa.string(), "id": pa.int64(), "veld": pa.string()})
        pq.write_table(columns.empty_table(), target / "leeg.parquet")
        files.append(target / "leeg.parquet")
    return retoken, files


def _changed_words_owners(con, folder: Path, kept: dict, reuse: Reuse) -> set[str]:
    """The kept organisations with a word whose stems differ from the previous generation's (a new word
    elsewhere let the compound splitter split it otherwise): their index part is made again."""
    section = generations.read_meta(reuse.previous).get(parts.DIR, {})
    old = parts.checked_stems(reuse.previous / parts.DIR, section)
    changed = (
        "SELECT woord FROM (SELECT woord, list_sort(list(stem)) AS s FROM read_parquet('{}') GROUP BY woord) o "
        "JOIN (SELECT woord, list_sort(list(stem)) AS s FROM stemmen GROUP BY woord) n USING (woord) "
        "WHERE o.s <> n.s"
    ).format(old)
    owners = set()
    for code, entry in kept.items():
        names = parts.files(entry, "woorden")
        if (
            names
            and con.execute(
                f"SELECT count(*) FROM read_parquet({_paths(folder / n for n in names)}) WHERE woord IN ({changed})"
            ).fetchall()[0][0]
        ):
            owners.add(code)
    return owners


def _token_blocks(con, codes: set[str]):
    """(code, block number, WHERE clause over `raw`) per organisation, a large one split by id into blocks of
    fulltext.BLOCK_ROWS complaints: bounded memory for the join + DISTINCT."""
    for code in sorted(codes):
        bounds = [
            b
            for (b,) in con.execute(
                "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM raw WHERE organisatie = ?) "
                f"WHERE r % {fulltext.BLOCK_ROWS} = 1 ORDER BY id",
                [code],
            ).fetchall()
        ]
        for n, (low, high) in enumerate(zip(bounds, [*bounds[1:], None], strict=True)):
            upper = f" AND id < {high}" if high is not None else ""
            yield code, n, f"organisatie = {_quote(code)} AND id >= {low}{upper}"


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _paths(paths) -> str:
    return "[" + ", ".join(f"'{p}'" for p in paths) + "]"


def _all_names(written: dict, kept: dict) -> list[str]:
    return [n for names in written.values() for n in names] + [n for e in kept.values() for n in e["bestanden"]]


def _describe(folder: Path, written: dict, kept: dict, fingerprints: dict, sign: str) -> dict:
    """meta.json `delen`: per organisation its files (size, checksum) and the registry state they reflect."""
    entries = parts.describe(folder, {c: n for c, n in written.items() if c not in kept}, fingerprints)
    present = {p.name for p in folder.iterdir()}
    for code, entry in kept.items():
        files = {n: v for n, v in entry["bestanden"].items() if n in present}  # not the index part made anew
        files.update(parts.describe(folder, {code: written.get(code, [])}, {})[code]["bestanden"])
        entries[code] = {"vingerafdruk": entry.get("vingerafdruk"), "bestanden": files}
    return {"opbouw": sign, "organisaties": entries, "woordstammen": parts.stems_entry(folder)}
