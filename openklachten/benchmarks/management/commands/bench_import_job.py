"""`openklachten bench_import_job`: a large delivery imported as a background job while the site is being read.

Starts the production server (`openklachten serve --no-worker`) and a separate `openklachten worker` on a
throw-away registry (SQLite in a temporary data directory, or --database-url), publishes a small first
delivery so there is a generation to serve, then hands in a delivery of --rows rows through the delivery API
(multipart upload with a token: the same `submissions.submit` as the web upload). While the import job and
the rebuild job after it run, --readers threads request public pages and the API in a loop. Prints per
phase (import job, rebuild) p50/p95/max and errors, the job's duration, the worker's and the server's peak
resident memory (each process tree summed) and the worker's CPU time. Prints numbers; never fails on them.
"""

import itertools
import json
import os
import secrets
import shutil
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

from openklachten.benchmarks.management.commands.bench_import_memory import ORGANISATION, write_csv
from openklachten.benchmarks.management.commands.bench_load import _free_port, _tail, _wait
from openklachten.benchmarks.management.commands.bench_site import PAGES

URLS = [*PAGES.values(), "/api/v1/klachten?organisatie=gm0363", "/api/v1/organisaties"]
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
MAX_REQUESTS = 100_000  # a hard stop whatever the duration


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (the anonymiser's pool of a worker, gunicorn's workers)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                pass
    return found


def _rss_mb(pids) -> float:
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            pass
    return total * PAGE / 1e6


def _cpu_seconds(pid: int) -> float:
    """User + system time of a process and its waited-for children (utime, stime, cutime, cstime)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:15]) / TICKS


class Sampler(threading.Thread):
    """Peak memory of a process tree (summed), sampled every quarter second."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peak_single, self.stopped = pid, 0.0, 0.0, threading.Event()

    def run(self):
        while not self.stopped.wait(0.25):
            pids = _tree(self.pid)
            self.peak = max(self.peak, _rss_mb(pids))
            self.peak_single = max([self.peak_single] + [_rss_mb([p]) for p in pids])


class Readers:
    """Threads requesting public pages in a loop; each timing is filed under the phase at that moment."""

    def __init__(self, base: str, count: int):
        self.base, self.count = base, count
        self.phase = "voor"
        self.timings: dict[str, list[float]] = {}
        self.errors: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.urls = itertools.cycle(URLS)
        self.counter = itertools.count()
        self.threads = [threading.Thread(target=self._read, daemon=True) for _ in range(count)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=120)

    def _read(self):
        while not self.stopped.is_set() and next(self.counter) < MAX_REQUESTS:
            with self.lock:
                url = next(self.urls)
            phase, started = self.phase, time.perf_counter()
            problem = None
            try:
                with urllib.request.urlopen(self.base + url, timeout=60) as response:
                    response.read()
            except urllib.error.HTTPError as error:
                problem = f"{url}: HTTP {error.code}"
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                problem = f"{url}: {error}"
            elapsed = 1000 * (time.perf_counter() - started)
            with self.lock:
                self.timings.setdefault(phase, []).append(elapsed)
                if problem:
                    self.errors.setdefault(phase, []).append(problem)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _upload(base: str, token: str, path: Path) -> dict:
    """POST the file as multipart/form-data, streamed from disk (the benchmark must not hold it in memory)."""
    boundary = secrets.token_hex(16)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="{path.name}"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    def body():
        yield head
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                yield chunk
        yield tail

    request = urllib.request.Request(
        base + "/api/v1/aanleveringen",
        data=body(),
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(head) + path.stat().st_size + len(tail)),
        },
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def _status(url: str, token: str) -> dict:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _loadavg() -> str:
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else "?"


class Command(BaseCommand):
    help = "Grote aanlevering als achtergrondtaak terwijl de site gelezen wordt: p50/p95/fouten, duur, piekgeheugen."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=300_000, help="Rijen in de grote aanlevering.")
        parser.add_argument("--readers", type=int, default=4, help="Gelijktijdige lezers tijdens de import.")
        parser.add_argument("--port", type=int, help="Poort van de server (loopback; standaard een vrije).")
        parser.add_argument("--database-url", default="", help="PostgreSQL in plaats van SQLite (een lege database).")
        parser.add_argument("--timeout", type=float, default=3600, help="Maximaal wachten op taak en herbouw (s).")

    def handle(self, *args, rows, readers, port, database_url, timeout, **options):
        port = port or _free_port()
        data_dir = Path(tempfile.mkdtemp(prefix="openklachten-bench-import-job-"))
        env = dict(
            os.environ,
            DATABASE_URL=database_url,
            OPENKLACHTEN_DATA_DIR=str(data_dir),
            OPENKLACHTEN_API_RATE_LIMIT="1000000/minute",
            SECRET_KEY=secrets.token_urlsafe(40),
            OPENKLACHTEN_LINK_SECRET=secrets.token_urlsafe(32),
        )
        env.pop("OPENKLACHTEN_READMODEL_PATH", None)
        run = [sys.executable, "-m", "openklachten"]
        processes: list[subprocess.Popen] = []
        try:
            subprocess.run([*run, "migrate", "-v", "0"], env=env, check=True)
            subprocess.run([*run, "createcachetable"], env=env, check=True)
            first = data_dir / "eerste.csv"
            write_csv(first, rows=2_000)
            subprocess.run(
                [*run, "import", str(first), "--organisation", ORGANISATION[0]],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            token = subprocess.run(
                [*run, "token", "create", "--organisation", ORGANISATION[0], "--naam", "bench"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            large = data_dir / "groot.csv"
            written = write_csv(large, rows=rows)
            megabytes = large.stat().st_size / 1e6
            self.stdout.write(f"Levering: {written:_} rijen, {megabytes:.0f} MB".replace("_", "."))

            log = open(data_dir / "processen.log", "wb")  # noqa: SIM115 - closed with the data directory
            serve = [*run, "serve", "--port", str(port), "--no-worker"]
            server = subprocess.Popen(serve, env=env, stdout=log, stderr=log, start_new_session=True)
            processes.append(server)
            worker = subprocess.Popen([*run, "worker"], env=env, stdout=log, stderr=log, start_new_session=True)
            processes.append(worker)
            base = f"http://127.0.0.1:{port}"
            try:
                _wait(base + "/over")
            except RuntimeError:
                raise CommandError("De server kwam niet op: " + _tail(data_dir / "processen.log")) from None
            for url in URLS:  # every page once: the server's caches as a running site has them
                urllib.request.urlopen(base + url, timeout=120).read()
            self._measure(base, token, large, readers, worker, server, timeout, data_dir)
        finally:
            for process in reversed(processes):
                process.terminate()
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    process.kill()
            shutil.rmtree(data_dir, ignore_errors=True)

    def _measure(self, base, token, large, readers, worker, server, timeout, data_dir):
        from openklachten.publication.readmodel import generations

        model = data_dir / "readmodel"
        before = generations.current_dir(model)
        load_before, cpu_before = _loadavg(), _cpu_seconds(worker.pid)
        worker_memory, server_memory = Sampler(worker.pid), Sampler(server.pid)
        worker_memory.start()
        server_memory.start()
        reading = Readers(base, readers)
        reading.start()
        time.sleep(5)
        reading.phase = "import (taak)"
        started = time.monotonic()
        answer = _upload(base, token, large)
        uploaded = time.monotonic() - started
        deadline = started + timeout
        status, unanswered = answer, 0
        while status["status"] in ("wachtrij", "bezig") and time.monotonic() < deadline:
            time.sleep(1)
            try:
                status = _status(answer["url"], token)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                unanswered += 1  # counted and reported: the status resource must answer during an import too
        job_done = time.monotonic() - started
        reading.phase = "herbouw leesopslag"
        while generations.current_dir(model) == before and time.monotonic() < deadline:
            time.sleep(0.5)
        rebuilt = time.monotonic() - started
        reading.phase = "na"
        time.sleep(5)
        reading.stop()
        worker_memory.stopped.set()
        server_memory.stopped.set()
        cpu = _cpu_seconds(worker.pid) - cpu_before
        after = generations.current_dir(model)
        count = generations.read_meta(after).get("aantal_klachten") if after else None

        report = status.get("rapport") or {}
        self.stdout.write(
            f"Taak: {status['status']} ({report.get('nieuw', '?')} nieuw, {report.get('bijgewerkt', '?')} bijgewerkt) "
            f"na {job_done:.0f} s "
            f"(upload {uploaded:.1f} s); nieuwe generatie ({count} klachten) na {rebuilt:.0f} s"
        )
        self.stdout.write(
            f"Werker: piek {worker_memory.peak:.0f} MB (procesboom opgeteld; grootste proces "
            f"{worker_memory.peak_single:.0f} MB), CPU {cpu:.0f} s; server: piek {server_memory.peak:.0f} MB"
        )
        self.stdout.write(f"Belasting voor/na: {load_before} / {_loadavg()}")
        if unanswered:
            self.stdout.write(f"De statusopvraag van de aanlevering bleef {unanswered} keer onbeantwoord (of faalde).")
        self.stdout.write(f"{'fase':22} {'verzoeken':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'fouten':>7}")
        for phase in ("voor", "import (taak)", "herbouw leesopslag", "na"):
            timings = reading.timings.get(phase, [])
            errors = reading.errors.get(phase, [])
            if not timings:
                continue
            self.stdout.write(
                f"{phase:22} {len(timings):9} {statistics.median(timings):8.0f} "
                f"{_percentile(timings, 0.95):8.0f} {max(timings):8.0f} {len(errors):7}"
            )
            for problem in sorted(set(errors))[:5]:
                self.stdout.write(f"    {problem}")
