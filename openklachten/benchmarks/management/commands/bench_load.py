"""`openklachten bench_load`: N concurrent readers against the production server (gunicorn) on loopback.

Builds a synthetic read model (or uses --path), starts `openklachten serve` on a free loopback port, lets
--readers threads request a mix of public pages for --seconds, and prints requests/s, p50/p95/max and errors.
Bounded in time and count, loopback only. Prints numbers; never fails on them.
"""

import itertools
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


class Command(BaseCommand):
    help = "Belastingtest op loopback: gelijktijdige lezers tegen `openklachten serve`; drukt p50/p95 en fouten af."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=100_000, help="Aantal synthetische klachten.")
        parser.add_argument("--readers", type=int, default=50, help="Gelijktijdige lezers.")
        parser.add_argument("--seconds", type=float, default=30, help="Duur van de meting.")
        parser.add_argument("--workers", type=int, help="Processen van de server (standaard: uit de cores).")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag; zonder: tijdelijke map.")

    def handle(self, *args, size, readers, seconds, workers, path, **options):
        from openklachten.demo import synthetic
        from openklachten.publication import readmodel

        data_dir = Path(tempfile.mkdtemp(prefix="openklachten-bench-load-"))
        target = Path(path) if path else data_dir / "readmodel"
        if readmodel.current_dir(target) is None:
            started = time.perf_counter()
            records, organisations = synthetic.records(size)
            readmodel.write_records(records, target, organisations=organisations)
            self.stdout.write(f"leesopslag met {size:,} klachten gebouwd in {time.perf_counter() - started:.1f} s")
        port = _free_port()
        # A throw-away site: its own secrets (serve refuses the public defaults) and no job worker beside it.
        env = dict(
            os.environ,
            OPENKLACHTEN_DATA_DIR=str(data_dir),
            OPENKLACHTEN_READMODEL_PATH=str(target),
            OPENKLACHTEN_API_RATE_LIMIT="1000000/minute",
            SECRET_KEY=secrets.token_urlsafe(40),
            OPENKLACHTEN_LINK_SECRET=secrets.token_urlsafe(32),
        )
        command = [sys.executable, "-m", "openklachten.cli", "serve", "--port", str(port), "--no-worker"]
        server = subprocess.Popen(
            command + (["--workers", str(workers)] if workers else []),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            try:
                _wait(base + "/over")
            except RuntimeError:
                server.terminate()
                raise CommandError(
                    "De server kwam niet op: " + server.communicate(timeout=30)[1].decode()[-1500:]
                ) from None
            for url in PAGES.values():  # warm every worker's caches a little, as a running site has them
                urllib.request.urlopen(base + url, timeout=60).read()
            self._measure(base, readers, seconds)
        finally:
            server.terminate()
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
            shutil.rmtree(data_dir, ignore_errors=True)

    def _measure(self, base: str, readers: int, seconds: float) -> None:
        urls = itertools.cycle(list(PAGES.values()))
        lock = threading.Lock()
        timings, errors, count = [], [], itertools.count()
        stop = time.monotonic() + seconds

        def reader():
            while time.monotonic() < stop and next(count) < MAX_REQUESTS:
                with lock:
                    url = next(urls)
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + url, timeout=30) as response:
                        response.read()
                    ok = True
                except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                    ok, reason = False, str(error)
                elapsed = 1000 * (time.perf_counter() - started)
                with lock:
                    timings.append(elapsed) if ok else errors.append(reason)

        threads = [threading.Thread(target=reader) for _ in range(readers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        duration = time.perf_counter() - started
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)] if timings else float("nan")
        self.stdout.write(
            f"{readers} lezers, {duration:.0f} s: {len(timings) / duration:.0f} verzoeken/s, "
            f"p50 {statistics.median(timings) if timings else float('nan'):.0f} ms, p95 {p95:.0f} ms, "
            f"max {timings[-1] if timings else float('nan'):.0f} ms, fouten {len(errors)}"
        )
        for reason in sorted(set(errors))[:5]:
            self.stdout.write(f"  fout: {reason}")
