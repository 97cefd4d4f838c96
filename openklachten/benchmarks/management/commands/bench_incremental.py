"""`openklachten bench_incremental [--size 1000000] [--delivery 50000]`: full vs incremental rebuild after a delivery.

1. Input as `bench_scale` makes it (`--base` synthetic complaints repeated up to `--size`; kept in `--data`), plus a
   delivery: `--delivery` rows (copies of input rows with fresh ids and keys) for one organisation (`--organisation`,
   default the one with the most complaints: the worst case for reading it again).
2. The previous generation: a full build of the input (fresh child process).
3. The incremental build after the delivery: that organisation's rows plus the delivery read again, every other
   organisation's parts taken over (writer.Reuse), as rebuilds.rebuild does after an import.
4. A full build of the same input plus delivery, for comparison; both must give the same rows and index.
Per build: wall and CPU seconds (the child's user + sys), peak RSS and meta.json `stappen_s`; the load average
before and after. Reading the registry is not part of it (the input is Parquet): see `bench_registry` for that.
"""

import resource
import shutil
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.benchmarks.management.commands.bench_scale import _base, _child, _load, _multiply

BATCH = 50_000  # rows per Arrow batch fed to the writer


def _batches(sql: str):
    import duckdb

    con = duckdb.connect(":memory:", config={"threads": 2})
    try:
        yield from con.sql(sql).to_arrow_reader(BATCH)
    finally:
        con.close()


def _build(root: str, sql: str, keep: list[str] | None, queue) -> None:
    try:
        _measure(root, sql, keep, queue)
    except BaseException as error:  # the parent waits on the queue: tell it, do not leave it hanging
        queue.put({"error": repr(error)})
        raise


def _measure(root: str, sql: str, keep: list[str] | None, queue) -> None:
    import django

    django.setup()
    from openklachten.demo import synthetic
    from openklachten.publication.readmodel import generations, writer

    _, organisations = synthetic.records(0)
    reuse = None
    if keep is not None:
        reuse = writer.Reuse(generations.current_dir(Path(root)), frozenset(keep))
    started = time.perf_counter()
    generation = writer.write_generation(Path(root), _batches(sql), organisations, reuse=reuse)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    meta = generations.read_meta(generation.path)
    queue.put(
        {
            "path": str(generation.path),
            "records": generation.records,
            "tokens": generation.tokens,
            "seconds": seconds,
            "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024,
            "steps": meta.get("stappen_s", {}),
            "kind": meta.get("opbouw"),
            "reindexed": meta.get("delen", {}).get("zoekindex_opnieuw", []),
        }
    )


def _fingerprint(path: str) -> tuple:
    """Row count, an order-independent hash of every row of klachten and of the index: equal models, equal tuple."""
    import duckdb

    con = duckdb.connect(str(Path(path) / "readmodel.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT count(*), sum(hash(k)) FROM klachten k").fetchall()[0]
        tokens = con.execute("SELECT count(*), sum(hash(t)) FROM tokens t").fetchall()[0]
        return (*rows, *tokens)
    finally:
        con.close()


class Command(BaseCommand):
    help = "Meet een volledige tegen een incrementele herbouw van de leesopslag na één aanlevering."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten vooraf (standaard 1 miljoen).")
        parser.add_argument("--base", type=int, default=100_000, help="Verschillende synthetische klachten.")
        parser.add_argument("--delivery", type=int, default=50_000, help="Rijen in de aanlevering (standaard 50.000).")
        parser.add_argument("--organisation", default="", help="Organisatiecode; standaard die met de meeste klachten.")
        parser.add_argument("--data", help="Map voor invoer en leesopslag (blijft staan); zonder: tijdelijk.")

    def handle(self, *args, size, base, delivery, organisation, data, **options):
        import duckdb

        work = Path(data) if data else Path(tempfile.mkdtemp(prefix="openklachten-bench-incremental-"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            basis = work / f"basis-{base}.parquet"
            if not basis.exists():
                _base(basis, base)
            source = work / f"invoer-{size}-{base}.parquet"
            if not source.exists():
                _multiply(basis, source, size)
            con = duckdb.connect(":memory:")
            codes, top, last = con.execute(
                f"SELECT list(DISTINCT organisatie), mode(organisatie), max(id) FROM read_parquet('{source}')"
            ).fetchall()[0]
            code = organisation or top
            extra = work / f"levering-{delivery}-{code}.parquet"
            con.execute(
                f"COPY (SELECT * REPLACE ({last} + row_number() OVER (ORDER BY id) AS id, "
                f"'L' || ({last} + row_number() OVER (ORDER BY id)) AS public_id, "
                f"'lev-' || id AS klacht_key, NULL::VARCHAR AS gerelateerde_klacht_key) "
                f"FROM read_parquet('{source}') WHERE organisatie = '{code}' ORDER BY id LIMIT {delivery}) "
                f"TO '{extra}' (FORMAT parquet)"
            )
            own = con.execute(f"SELECT count(*) FROM read_parquet('{source}') WHERE organisatie = '{code}'").fetchall()
            con.close()
            self.stdout.write(
                f"{size:,} klachten, {len(codes)} organisaties; aanlevering van {delivery:,} voor {code} "
                f"(had er {own[0][0]:,})"
            )
            root = work / f"leesopslag-incrementeel-{size}"
            shutil.rmtree(root, ignore_errors=True)
            everything = f"SELECT * FROM read_parquet(['{source}', '{extra}']) ORDER BY id"
            mine = f"SELECT * FROM read_parquet(['{source}', '{extra}']) WHERE organisatie = '{code}' ORDER BY id"
            self._run("vorige generatie (volledig, zonder de aanlevering)", root, f"SELECT * FROM '{source}'", None)
            incremental = self._run("incrementeel na de aanlevering", root, mine, [c for c in codes if c != code])
            full = self._run("volledig na de aanlevering", work / "leesopslag-volledig", everything, None)
            same = _fingerprint(incremental["path"]) == _fingerprint(full["path"])
            self.stdout.write(f"zelfde klachten en zoekindex: {'ja' if same else 'NEE'}")
            shutil.rmtree(work / "leesopslag-volledig", ignore_errors=True)
        finally:
            if not data:
                shutil.rmtree(work, ignore_errors=True)

    def _run(self, label: str, root: Path, sql: str, keep) -> dict:
        self.stdout.write(f"{label}… (load voor {_load()})")
        built = _child(_build, str(root), sql, keep)
        if "error" in built:
            raise RuntimeError(f"{label}: {built['error']}")
        steps = ", ".join(f"{name} {seconds} s" for name, seconds in built["steps"].items())
        self.stdout.write(
            f"  {built['kind']}: {built['records']:,} klachten, {built['tokens']:,} zoektermen, "
            f"{built['seconds']:.0f} s wandklok, CPU {built['cpu']:.0f} s, piek {built['peak_mb']:.0f} MB "
            f"(load na {_load()}); zoekindex opnieuw voor {len(built['reindexed'])} overgenomen organisatie(s)\n"
            f"  stappen: {steps}"
        )
        return built
