"""Real processes around one data directory: a seeded SQLite registry, commands, and a web server.

The read model's promises are about processes (a command killed mid-rebuild, several server processes
sharing a data directory, a download that outlives a rebuild), so these tests run the real thing:
`python -m openklachten ...` subprocesses against a throw-away OPENKLACHTEN_DATA_DIR.
"""

import contextlib
import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

# A port of its own (never 8000); OPENKLACHTEN_TEST_PORT when several checkouts run their tests on one machine.
PORT = int(os.environ.get("OPENKLACHTEN_TEST_PORT", "8102"))
ORGANISATION = "gm0363"

# Seeds the registry without the import pipeline (fast, for thousands of rows) and counts it as one import.
SEED = """
import datetime as dt, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.db import transaction
from openklachten.registry import factories, signals
from openklachten.registry.models import Complaint
size, text = int(sys.argv[1]), sys.argv[2]
organisation = factories.make_organisation("gm0363", "Gemeente Amsterdam", "gemeente")
with transaction.atomic():
    delivery = factories.make_delivery(organisation)
    base = factories.make_complaint(delivery)
    fields = {f.attname: getattr(base, f.attname) for f in Complaint._meta.concrete_fields if f.attname != "id"}
    Complaint.objects.bulk_create(
        Complaint(**{**fields, "public_id": f"s{n:07d}", "klacht_key": f"seed-{n}", "gedraging": f"{text} {n}",
                     "ontvangstdatum": dt.date(2023, 1, 1) + dt.timedelta(days=n % 700)})
        for n in range(1, size)
    )
    signals.send_after_commit(Complaint, [organisation.id], "import")
"""

# Runs one management command and dies (SIGKILL) once the new generation's files are written, before the switch.
KILL_DURING_REBUILD = """
import os, signal, sys
import django
django.setup()
from openklachten.publication.readmodel import database
real = database.build
def build_then_die(gen, *args):
    real(gen, *args)
    os.kill(os.getpid(), signal.SIGKILL)
database.build = build_then_die
from django.core.management import call_command
call_command(*sys.argv[1:])
"""


def environment(data_dir: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        OPENKLACHTEN_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="openklachten.config.settings",
        OPENKLACHTEN_LINK_SECRET="test-link-secret",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def script(code: str, *args, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env, capture_output=True, text=True)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def command(*args, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "openklachten", *map(str, args)], env=env, capture_output=True, text=True
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def seed(data_dir: Path, size: int, text: str = "Klager is niet teruggebeld over de ophaaldag.") -> dict:
    """A registry of `size` published complaints (s0000001.. plus one T-id) and its read model (built on commit)."""
    env = environment(data_dir)
    script(SEED, size, text, env=env)
    return env


def status(env: dict) -> dict:
    lines = command("build_readmodel", "--status", env=env).stdout.splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line)


def get(path: str, port: int = PORT, timeout: float = 60) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@contextlib.contextmanager
def server(env: dict, port: int = PORT, log: Path | None = None):
    """`openklachten serve` in its own process; yields the Popen once it answers."""
    out = open(log, "w") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [sys.executable, "-m", "openklachten", "serve", "--port", str(port)], env=env, stdout=out, stderr=out
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get("/over", port, timeout=5)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"de server start niet (code {process.poll()})") from None
                time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            out.close()


def wait_for(check, timeout: float = 90, interval: float = 0.5):
    """Poll `check()` until it returns something truthy; that value, or an AssertionError at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("niet bereikt binnen de tijd")
        time.sleep(interval)
