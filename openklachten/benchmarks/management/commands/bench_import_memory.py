"""`openklachten bench_import_memory`: peak memory and time of `openklachten import` on large CSV files.

Each import runs as its own process against a fresh SQLite database in a temporary data directory, so
the number is the importer's own peak resident memory (read from the kernel when the process ends),
not this command's.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from secrets import token_hex

from django.core.management.base import BaseCommand

from openklachten.intake import samples

# The goal of the scale issue: a 100 MB CSV imported within 500 MB of memory.
GOAL_MB = 500
# The organisation every synthetic row is about (a delivery naming another body is refused).
ORGANISATION = ("gm0363", "Gemeente Amsterdam")
ROWS_PER_WRITE = 10_000


def write_csv(path: Path, *, megabytes: float | None = None, rows: int | None = None) -> int:
    """A valid delivery of about `megabytes` MB or of `rows` rows, written in parts; returns the number of rows."""
    target = megabytes * 1_000_000 if megabytes is not None else float("inf")
    wanted = rows if rows is not None else float("inf")
    written = 0
    with path.open("wb") as out:
        while out.tell() < target and written < wanted:
            count = int(min(ROWS_PER_WRITE, wanted - written))
            part_rows = [samples.sample_row(written + i) for i in range(count)]
            for row in part_rows:
                row["Bestuursorgaan"] = ORGANISATION[1]
            part = path.with_suffix(".part")
            samples.write_csv(part, part_rows)
            data = part.read_bytes()
            if written:  # one header and BOM, at the top
                data = data.split(b"\r\n", 1)[1]
            out.write(data)
            written += len(part_rows)
        part.unlink()
    return written


def run_measured(command: list[str], env: dict) -> tuple[int, float, float, str, float]:
    """(exit code, seconds, peak RSS in MB, last output line, CPU seconds) of one process.

    The peak is the kernel's for the process and every child it waited for (the anonymiser's pool), the
    largest single one of them; the CPU time is theirs together (user + system).
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    last = next((line for line in reversed(output.splitlines()) if line.strip()), "")
    return process.returncode, seconds, usage.ru_maxrss / 1024, last, usage.ru_utime + usage.ru_stime


# The two ways a delivery is imported: the command line, and a background job (web upload, delivery API),
# where the worker runs the import job and then the read-model rebuild job it queued.
SUBMIT = (
    "import os; from openklachten.registry import submissions, importer; "
    "organisation = importer.resolve_organisation(os.environ['BENCH_ORGANISATION']); "
    "submissions.submit(organisation, open(os.environ['BENCH_FILE'], 'rb'), filename='levering.csv', channel='api')"
)


def _load() -> str:
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else "?"


class Command(BaseCommand):
    help = (
        "Meet piekgeheugen en tijd van een import van CSV-bestanden van 10 en 100 MB: met `openklachten import` "
        "en als achtergrondtaak (`openklachten worker`), elk in een eigen lege database."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="10,100", help="Bestandsgroottes in MB, komma-gescheiden (10,100).")
        parser.add_argument(
            "--paths",
            default="import,import-wachtrij,taak",
            help="import (opdrachtregel, met opbouw), import-wachtrij (opdrachtregel, opbouw als taak) en/of taak "
            "(achtergrondwerker: importtaak en daarna de herbouwtaak).",
        )

    def handle(self, *args, **options):
        executable = [sys.executable, "-m", "openklachten"]
        paths = [p.strip() for p in options["paths"].split(",") if p.strip()]
        with tempfile.TemporaryDirectory(prefix="openklachten-bench-import-") as folder:
            for size in [float(s) for s in options["sizes"].split(",") if s.strip()]:
                path = Path(folder) / f"levering-{size:g}mb.csv"
                rows = write_csv(path, megabytes=size)
                megabytes = path.stat().st_size / 1e6
                for way in paths:
                    env = self._fresh(Path(folder) / f"{size:g}-{way}", executable)
                    load = _load()
                    if way == "taak":
                        given = {**env, "BENCH_ORGANISATION": ORGANISATION[0], "BENCH_FILE": str(path)}
                        subprocess.run(
                            [*executable, "shell", "-c", SUBMIT], env=given, check=True, stdout=subprocess.DEVNULL
                        )
                        command = [*executable, "worker", "--batch"]
                    else:
                        command = [*executable, "import", str(path), "--organisation", ORGANISATION[0]]
                        if way == "import-wachtrij":  # the import alone: the rebuild is left to a worker
                            command.append("--herbouw-in-wachtrij")
                    code, seconds, peak, last, cpu = run_measured(command, env)
                    verdict = "binnen" if peak <= GOAL_MB else "BOVEN"
                    self.stdout.write(
                        f"{megabytes:6.1f} MB CSV, {rows:_} rijen, {way:15}: piekgeheugen {peak:_.0f} MB, "
                        f"{seconds:.0f} s (CPU {cpu:.0f} s; exitcode {code}; belasting {load} -> {_load()}); "
                        f"{verdict} het doel van {GOAL_MB} MB".replace("_", ".")
                    )
                    if code:
                        self.stdout.write(f"  laatste uitvoer: {last[:200]}")
                path.unlink()

    def _fresh(self, data_dir: Path, executable: list[str]) -> dict:
        """An empty registry (SQLite) and read model of its own, with throwaway secrets (`import` refuses
        the public development defaults)."""
        data_dir.mkdir()
        secrets = {"SECRET_KEY": token_hex(32), "OPENKLACHTEN_LINK_SECRET": token_hex(32)}
        env = {**os.environ, "OPENKLACHTEN_DATA_DIR": str(data_dir), **secrets}
        for name in ("DATABASE_URL", "OPENKLACHTEN_READMODEL_PATH"):
            env.pop(name, None)
        subprocess.run([*executable, "migrate", "-v", "0"], env=env, check=True)
        return env
