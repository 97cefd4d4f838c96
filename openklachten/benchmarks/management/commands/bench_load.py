"""`openklachten bench_load`: N concurrent readers against the production server (gunicorn) on loopback.

Builds a synthetic read model (or uses --path), starts `openklachten serve` on a free loopback port, lets
--readers threads request a mix of public pages for --seconds, and prints requests/s, p50/p95/max and errors.
Bounded in time and count, loopback only. Prints numbers; never fails on them.

The server gets a throw-away SQLite registry of its own. A server refuses (503) a generation that was not
built from its registry, so the synthetic generation is written with that registry's epoch and sequence
number (`writer.write_generation(sequence=, epoch=)`), in a child process configured like the server.
"""

import http.client
import itertools
import multiprocessing
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.benchmarks.management.commands.bench_site import PAGES

MAX_REQUESTS = 200_000  # a hard stop whatever the duration: this must never turn into a flood


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=30).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    raise RuntimeError("de server kwam niet op")


def _prepare(env: dict, target: str, size: int, queue) -> None:
    """In a child configured like the server: migrate its registry, then give model and registry one count."""
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    queue.put(prepare_model(Path(target), size))


def prepare_model(target: Path, size: int) -> str:
    """A synthetic generation under `target` that this registry serves; returns what was done.

    A new model is written with the registry's epoch and sequence number; an existing one (--path) that
    carries a count of its own gets the registry aligned to that count instead (a throw-away registry only);
    an existing synthetic one without a count (bench_scale, bench_site) is sealed anew with this registry's.
    """
    from openklachten.demo import synthetic
    from openklachten.publication import readmodel
    from openklachten.publication.readmodel import generations, writer
    from openklachten.registry import sequence
    from openklachten.registry.models import PublicationSequence

    current = readmodel.current_dir(target)
    meta = generations.read_meta(current) if current else {}
    if isinstance(meta.get("volgnummer"), int) and meta.get("register"):
        sequence.advance("bench")  # creates the row
        PublicationSequence.objects.filter(pk=sequence.ROW).update(
            epoch=meta["register"], number=meta["volgnummer"], removal_number=meta["volgnummer"]
        )
        return f"bestaande leesopslag ({meta.get('aantal_klachten', 0):,} klachten) gebruikt"
    sequence.advance("bench")  # a row with a random epoch: the count this generation belongs to
    state = sequence.snapshot()
    if current is not None:
        with generations.build_lock(target):
            generations.seal(
                current, sequence=state.number, epoch=state.epoch, build_seconds=meta.get("bouwtijd_s") or 0
            )
        return f"bestaande synthetische leesopslag ({meta.get('aantal_klachten', 0):,} klachten) gebruikt"
    started = time.perf_counter()
    records, organisations = synthetic.records(size)
    writer.write_generation(target, records, organisations, sequence=state.number, epoch=state.epoch)
    return f"leesopslag met {size:,} klachten gebouwd in {time.perf_counter() - started:.1f} s"


def _in_child(target, *args):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise CommandError(f"Het voorbereiden van de leesopslag mislukte (exitcode {process.exitcode}).")
    return queue.get()


def _server_cpu(master: int) -> float:
    """User+system CPU seconds of the server: the master and its worker processes (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if master in (pid, ppid):
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _tail(path: Path, chars: int = 3000) -> str:
    return path.read_bytes()[-chars:].decode(errors="replace") if path.exists() else ""


class Command(BaseCommand):
    help = "Belastingtest op loopback: gelijktijdige lezers tegen `openklachten serve`; drukt p50/p95 en fouten af."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=100_000, help="Aantal synthetische klachten.")
        parser.add_argument("--readers", type=int, default=50, help="Gelijktijdige lezers.")
        parser.add_argument("--seconds", type=float, default=30, help="Duur van de meting.")
        parser.add_argument("--workers", type=int, help="Processen van de server (standaard: uit de cores).")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag; zonder: tijdelijke map.")

    def handle(self, *args, size, readers, seconds, workers, path, **options):
        from openklachten.publication.readmodel import generations

        data_dir = Path(tempfile.mkdtemp(prefix="openklachten-bench-load-"))
        target = Path(path) if path else data_dir / "readmodel"
        port = _free_port()
        # A throw-away site: its own registry (SQLite in its data directory), its own secrets (serve refuses
        # the public defaults) and no job worker beside it.
        env = dict(
            os.environ,
            DATABASE_URL="",
            OPENKLACHTEN_DATA_DIR=str(data_dir),
            OPENKLACHTEN_READMODEL_PATH=str(target),
            OPENKLACHTEN_API_RATE_LIMIT="1000000/minute",
            SECRET_KEY=secrets.token_urlsafe(40),
            OPENKLACHTEN_LINK_SECRET=secrets.token_urlsafe(32),
        )
        try:
            self.stdout.write(_in_child(_prepare, env, str(target), size))
        except BaseException:
            shutil.rmtree(data_dir, ignore_errors=True)
            raise
        served = generations.current_dir(target)
        command = [sys.executable, "-m", "openklachten.cli", "serve", "--port", str(port), "--no-worker"]
        # The server's log goes to a file: an unread pipe would fill up and stall the server mid-measurement.
        log_path = data_dir / "server.log"
        log_file = open(log_path, "wb")  # noqa: SIM115 - closed in `finally` below
        server = subprocess.Popen(
            command + (["--workers", str(workers)] if workers else []),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        spawned = time.perf_counter()
        try:
            try:
                _wait(base + "/over")
            except RuntimeError:
                server.terminate()
                server.wait(timeout=30)
                raise CommandError("De server kwam niet op: " + _tail(log_path)) from None
            up = time.perf_counter() - spawned
            started = time.perf_counter()
            urllib.request.urlopen(base + "/", timeout=60).read()
            self.stdout.write(
                f"server klaar na {up:.1f} s (start, voorverwarmen); eerste verzoek van /: "
                f"{1000 * (time.perf_counter() - started):.0f} ms"
            )
            for url in PAGES.values():  # warm every worker's caches a little, as a running site has them
                urllib.request.urlopen(base + url, timeout=60).read()
            cpu_before = _server_cpu(server.pid)
            failed, answered = self._measure(base, readers, seconds)
            if answered:
                cpu = _server_cpu(server.pid) - cpu_before
                self.stdout.write(
                    f"  server-CPU {cpu:.0f} s voor {answered} verzoeken: {1000 * cpu / answered:.0f} ms per verzoek "
                    f"(op een rustige machine met 2 cores haalbaar: ~{2 * answered / cpu:.0f} verzoeken/s)"
                )
            if failed:
                self.stdout.write("  einde van het serverlog:\n" + _tail(log_path))
            if generations.current_dir(target) != served:  # a healing rebuild from the empty registry: not measured
                self.stdout.write("  let op: de server heeft de leesopslag vervangen; de meting telt niet")
        finally:
            server.terminate()
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
            log_file.close()
            shutil.rmtree(data_dir, ignore_errors=True)

    def _measure(self, base: str, readers: int, seconds: float) -> tuple[int, int]:
        """Runs the readers and prints the numbers; returns the numbers of failed and answered requests."""
        urls = itertools.cycle(list(PAGES.values()))
        lock = threading.Lock()
        timings, errors, count = [], [], itertools.count()
        per_page: dict[str, list[float]] = {}
        stop = time.monotonic() + seconds

        address = urllib.parse.urlsplit(base)

        def reader():
            # One kept-alive connection per reader, as a browser holds one: a new TCP connection per request
            # cost the readers more CPU than the server spent answering (measured at 1M complaints).
            connection = None
            while time.monotonic() < stop and next(count) < MAX_REQUESTS:
                with lock:
                    url = next(urls)
                started = time.perf_counter()
                try:
                    if connection is None:
                        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
                    connection.request("GET", url)
                    response = connection.getresponse()
                    response.read()
                    ok, reason = response.status < 400, f"{url}: HTTP {response.status}"
                    if response.will_close:
                        connection.close()
                        connection = None
                except (OSError, http.client.HTTPException) as error:
                    ok, reason = False, f"{url}: {error}"
                    if connection is not None:
                        connection.close()
                        connection = None
                elapsed = 1000 * (time.perf_counter() - started)
                with lock:
                    timings.append(elapsed) if ok else errors.append(reason)
                    per_page.setdefault(url, []).append(elapsed)
            if connection is not None:
                connection.close()

        threads = [threading.Thread(target=reader) for _ in range(readers)]
        started, readers_cpu = time.perf_counter(), time.process_time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        duration = time.perf_counter() - started
        readers_cpu = time.process_time() - readers_cpu
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)] if timings else float("nan")
        self.stdout.write(
            f"{readers} lezers, {duration:.0f} s: {len(timings) / duration:.0f} verzoeken/s, "
            f"p50 {statistics.median(timings) if timings else float('nan'):.0f} ms, p95 {p95:.0f} ms, "
            f"max {timings[-1] if timings else float('nan'):.0f} ms, fouten {len(errors)} "
            f"(load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})"
        )
        if timings:
            self.stdout.write(f"  CPU van de lezers zelf: {1000 * readers_cpu / len(timings):.1f} ms per verzoek")
        names = {url: name for name, url in PAGES.items()}
        for url, spent in per_page.items():
            spent.sort()
            self.stdout.write(
                f"  {names.get(url, url):36} p50 {statistics.median(spent):5.0f} ms, "
                f"p95 {spent[min(len(spent) - 1, round(0.95 * len(spent)) - 1)]:5.0f} ms ({len(spent)}×)"
            )
        for reason in sorted(set(errors))[:5]:
            self.stdout.write(f"  fout: {reason}")
        return len(errors), len(timings)
