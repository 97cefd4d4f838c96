"""`openklachten bench_scale [--size 10000000]`: the read model at national scale, build and pages.

1. Input: `--base` distinct synthetic complaints (the demo generator: realistic spread and texts; Python, so
   slow) written once to `<data>/basis-<base>.parquet`; up to `--size` they are repeated with fresh ids, keys
   and public ids (DuckDB, seconds). Both files are kept in `--data` for the next run.
2. Build: one generation through the writer every rebuild uses (DuckDB limits from the settings), in a fresh
   child process: seconds, peak memory (RSS of that process) and the seconds per step (meta.json `stappen_s`).
3. Pages, in another fresh child (Django's test client, no network): the first request after the build
   (opening the generation), then per page `--variants` different URLs once each with the answer cache off
   ("koud": the answer cache emptied before each, as after a rebuild) and one URL `--runs` times with the cache
   on ("warm"); p95 of each. Exports: time to the first
   byte of the full CSV download. Next to each p95 the p95 of the CPU time of the process (all its threads):
   on a shared machine the wall time is mostly waiting for a core.
Prints numbers and the load average; never fails on them.
"""

import multiprocessing
import os
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

BATCH = 50_000  # rows per Arrow batch fed to the writer: bounded memory whatever the size


def _setup():
    import django

    django.setup()


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _base(path: Path, size: int) -> float:
    """Write `size` demo complaints as raw record rows (the writer's own raw format)."""
    from openklachten.demo import synthetic
    from openklachten.publication.readmodel import writer

    started = time.perf_counter()
    records, _ = synthetic.records(size)
    partial = path.with_suffix(".tmp")
    writer._write_raw(records, partial)
    partial.rename(path)
    return time.perf_counter() - started


def _multiply(base: Path, target: Path, size: int) -> float:
    """Repeat the base rows with fresh ids, public ids and keys up to `size` rows (links stay within a copy)."""
    import duckdb

    started = time.perf_counter()
    spill = target.parent / "tmp"  # not DuckDB's default `.tmp` in the working directory
    con = duckdb.connect(":memory:", config={"threads": 2, "memory_limit": "1GB", "temp_directory": str(spill)})
    try:
        rows = con.execute(f"SELECT count(*), max(id) FROM read_parquet('{base}')").fetchall()[0]
        copies = -(-size // rows[0])
        step = rows[1]
        partial = target.with_suffix(".tmp")
        con.execute(
            f"COPY (SELECT * REPLACE (id + k * {step} AS id, printf('K%09d', id + k * {step}) AS public_id, "
            f"klacht_key || '~' || k AS klacht_key, gerelateerde_klacht_key || '~' || k AS gerelateerde_klacht_key) "
            f"FROM read_parquet('{base}'), range({copies}) t(k) WHERE id + k * {step} <= {size}) "
            f"TO '{partial}' (FORMAT parquet, COMPRESSION zstd)"
        )
        partial.rename(target)
    finally:
        con.close()
    return time.perf_counter() - started


def _batches(path: Path):
    import pyarrow.parquet as pq

    yield from pq.ParquetFile(path).iter_batches(batch_size=BATCH)


def _build(root: str, source: str, queue) -> None:
    import logging
    import sys

    _setup()
    step_log = logging.getLogger("openklachten.publication.readmodel.writer")  # each step as it ends
    step_log.setLevel(logging.INFO)
    step_log.addHandler(logging.StreamHandler(sys.stdout))
    step_log.propagate = False  # once, not again through the site's own log configuration
    from openklachten.demo import synthetic
    from openklachten.publication.readmodel import buildconfig, generations, writer

    _, organisations = synthetic.records(0)
    started = time.perf_counter()
    generation = writer.write_generation(Path(root), _batches(Path(source)), organisations)
    meta = generations.read_meta(generation.path)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime  # on a shared machine the honest measure: wall time includes waiting
    print(f"  CPU-tijd van de opbouw {cpu:.0f} s, wandklok {time.perf_counter() - started:.0f} s", flush=True)
    queue.put(
        {
            "cpu": cpu,
            "records": generation.records,
            "tokens": generation.tokens,
            "seconds": time.perf_counter() - started,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "steps": meta.get("stappen_s", {}),
            "mb": sum(f["bytes"] for f in meta["bestanden"].values()) / 1e6,
            "limit": buildconfig.memory_limit(),
            "threads": buildconfig.threads(),
        }
    )


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def _urls(con, variants: int, seed: int = 11) -> dict[str, list[str]]:
    """Per page kind `variants` different URLs drawn from the model (other filters, years, words, complaints)."""
    rng = random.Random(seed)
    organisations = [o for (o,) in con.execute("SELECT code FROM organisaties ORDER BY code").fetchall()]
    years = [y for (y,) in con.execute("SELECT DISTINCT jaar FROM klachten ORDER BY 1").fetchall()]
    total = con.execute("SELECT max(id) FROM klachten").fetchall()[0][0]
    words = ["parkeervergunning", "termijn", "afval", "bijstand", "telefoon", "excuses", "wachttijd", "belasting"]
    conclusions = ["gegrond", "ongegrond", "deels-gegrond"]
    pages = {
        "overzicht": lambda: (
            f"/?organisatie={rng.choice(organisations)}"
            + "&van={}-01-01&tot={}-12-31".format(*sorted(rng.sample(years, 2) if len(years) > 1 else years * 2))
        ),
        "overzicht, 1 filter + 1 jaar": lambda: (
            f"/?conclusie={rng.choice(conclusions)}&van={(y := rng.choice(years))}-01-01&tot={y}-12-31"
        ),
        "zoeken met facetten": lambda: f"/klachten?q={rng.choice(words)}&conclusie={rng.choice(conclusions)}",
        "vergelijken": lambda: f"/vergelijken?van={(y := rng.choice(years))}-01-01&tot={y}-12-31",
    }
    urls = {name: list(dict.fromkeys(make() for _ in range(variants * 4)))[:variants] for name, make in pages.items()}
    ids = [rng.randrange(1, total + 1) for _ in range(variants)]
    placeholders = ", ".join("?" * len(ids))
    found = con.execute(f"SELECT public_id FROM klachten WHERE id IN ({placeholders})", ids).fetchall()
    urls["klacht"] = [f"/klachten/{p}" for (p,) in found]
    return urls


def _first_byte(client, url: str) -> tuple[float, int, float]:
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    next(iter(response.streaming_content))
    elapsed, used = 1000 * (time.perf_counter() - started), 1000 * (time.process_time() - cpu)
    response.close()
    return elapsed, response.status_code, used


def _pages(root: str, variants: int, runs: int, queue) -> None:
    _setup()
    from django.test import Client

    from openklachten.publication import query, readmodel
    from openklachten.publication.query import store
    from openklachten.publication.query.search import clear_hits

    query.use(root)
    client = Client()
    started = time.perf_counter()
    first_status = client.get("/").status_code
    first = 1000 * (time.perf_counter() - started)
    urls = _urls(readmodel.connect(root), variants)
    results = {}
    for name, page_urls in urls.items():
        cold, cold_cpu, statuses = [], [], set()
        for url in page_urls:
            # As the first request after a rebuild: no answer cached (a new generation is a new cache key);
            # within the request the answers it computes are reused, as they are on the running site.
            store.clear()
            clear_hits()
            started, cpu = time.perf_counter(), time.process_time()
            statuses.add(client.get(url).status_code)
            cold.append(1000 * (time.perf_counter() - started))
            cold_cpu.append(1000 * (time.process_time() - cpu))
        warm, warm_cpu = [], []
        for _ in range(runs + 1):
            started, cpu = time.perf_counter(), time.process_time()
            statuses.add(client.get(page_urls[0]).status_code)
            warm.append(1000 * (time.perf_counter() - started))
            warm_cpu.append(1000 * (time.process_time() - cpu))
        results[name] = {
            "cold": _p95(cold),
            "warm": _p95(warm[1:]),
            "cold_cpu": _p95(cold_cpu),  # CPU of the whole process (DuckDB's threads too): on a loaded machine
            "warm_cpu": _p95(warm_cpu[1:]),  # the wall time is mostly waiting for a core
            "status": sorted(statuses),
        }
    export = [_first_byte(client, "/downloads/klachten.csv") for _ in range(max(3, variants // 4))]
    results["export, eerste byte"] = {
        "cold": export[0][0],
        "warm": _p95([ms for ms, _, _ in export[1:]]),
        "cold_cpu": export[0][2],
        "warm_cpu": _p95([cpu for _, _, cpu in export[1:]]),
        "status": sorted({s for _, s, _ in export}),
    }
    queue.put({"first": first, "first_status": first_status, "pages": results})


def _child(target, *args):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


class Command(BaseCommand):
    help = "Meet de leesopslag op landelijke schaal (10 miljoen klachten): opbouwtijd, piekgeheugen en pagina's."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=10_000_000, help="Aantal klachten (standaard 10.000.000).")
        parser.add_argument(
            "--base", type=int, default=1_000_000, help="Verschillende synthetische klachten; daarboven herhaald."
        )
        parser.add_argument("--data", help="Map voor invoer en leesopslag (blijft staan); zonder: tijdelijk.")
        parser.add_argument("--variants", type=int, default=20, help="Verschillende URL's per pagina (koud).")
        parser.add_argument("--runs", type=int, default=20, help="Herhalingen van één URL per pagina (warm).")
        parser.add_argument(
            "--alleen-paginas",
            action="store_true",
            dest="pages_only",
            help="Niet opnieuw opbouwen: alleen de pagina's meten op de leesopslag die in --data staat.",
        )

    def handle(self, *args, size, base, data, variants, runs, pages_only, **options):
        work = Path(data) if data else Path(tempfile.mkdtemp(prefix="openklachten-bench-scale-"))
        work.mkdir(parents=True, exist_ok=True)
        root = work / f"leesopslag-{size}"
        try:
            if pages_only and data and (root / "CURRENT").exists():
                self._pages(root, variants, runs)
                return
            base = min(base, size)
            basis = work / f"basis-{base}.parquet"
            if not basis.exists():
                seconds = _base(basis, base)
                self.stdout.write(f"basis: {base:,} synthetische klachten in {seconds:.0f} s (load {_load()})")
            source = basis
            if size > base:
                source = work / f"invoer-{size}-{base}.parquet"
                if not source.exists():
                    seconds = _multiply(basis, source, size)
                    self.stdout.write(f"invoer: herhaald tot {size:,} klachten in {seconds:.0f} s")
            shutil.rmtree(root, ignore_errors=True)
            self.stdout.write(f"opbouwen… (load voor {_load()})")
            built = _child(_build, str(root), str(source))
            steps = ", ".join(f"{name} {seconds} s" for name, seconds in built["steps"].items())
            self.stdout.write(
                f"opbouw {built['records']:,} klachten ({built['tokens']:,} zoektermen): {built['seconds']:.0f} s "
                f"(CPU {built['cpu']:.0f} s), "
                f"piekgeheugen {built['peak_mb']:.0f} MB "
                f"(DuckDB-grens {built['limit'] or 'geen'}, {built['threads']} threads), "
                f"generatie {built['mb']:.0f} MB (load na {_load()})\n  stappen: {steps}"
            )
            self._pages(root, variants, runs)
        finally:
            if not data:
                shutil.rmtree(work, ignore_errors=True)

    def _pages(self, root: Path, variants: int, runs: int) -> None:
        self.stdout.write(f"pagina's meten (load voor {_load()})")
        measured = _child(_pages, str(root), variants, runs)
        self.stdout.write(
            f"eerste verzoek na de opbouw (nieuw proces, opent de generatie): {measured['first']:.0f} ms "
            f"(status {measured['first_status']})"
        )
        self.stdout.write(f"{'pagina':32} {'koud p95 ms':>12} {'(CPU)':>7} {'warm p95 ms':>12} {'(CPU)':>7}  status")
        for name, result in measured["pages"].items():
            statuses = ",".join(map(str, result["status"]))
            self.stdout.write(
                f"{name:32} {result['cold']:12.1f} {result['cold_cpu']:7.1f} "
                f"{result['warm']:12.1f} {result['warm_cpu']:7.1f}  {statuses}"
            )
        self.stdout.write(f"load average na de meting: {_load()}")
