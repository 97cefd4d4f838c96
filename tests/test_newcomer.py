"""What a newcomer relies on: the two commands in the README, CI running the same, and a demo that serves.

The demo runs as a newcomer runs it: the venv's `openklachten` in a subprocess, in a fresh data directory
(SQLite, no configuration), whichever database the rest of the suite uses.
"""

import csv
import io
import json
import os
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import VENV_BIN, run_cli

ROOT = Path(__file__).resolve().parent.parent
DEMO_SIZE = 2000
MIN_ORGANISATIONS = 60  # the README promises "meer dan 80 echte organisaties"; at 2,000 complaints still >= 60
SERVE_TIMEOUT = 60  # seconds until / must answer


def test_readme_names_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert "make test" in commands, commands


def test_makefile_has_the_two_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\ndemo:" in makefile and "\ntest:" in makefile


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.slow
def test_demo_loads_and_serves(tmp_path):
    environment = {"OPENKLACHTEN_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": "", "OPENKLACHTEN_GEO_DIR": ""}
    done = run_cli("demo", "--size", str(DEMO_SIZE), "--no-serve", env=environment, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "wachtwoord" in done.stderr  # the demo tells how to log in to /aanleveren/

    database = sqlite3.connect(tmp_path / "data" / "openklachten.sqlite3")
    complaints = database.execute("SELECT count(*) FROM registry_complaint").fetchone()[0]
    organisations = database.execute(
        "SELECT count(DISTINCT organisation_id) FROM registry_complaint WHERE state = 'gepubliceerd'"
    ).fetchone()[0]
    published = database.execute("SELECT count(*) FROM registry_complaint WHERE state = 'gepubliceerd'").fetchone()[0]
    database.close()
    assert complaints == DEMO_SIZE
    assert organisations >= MIN_ORGANISATIONS
    assert published >= 0.9 * DEMO_SIZE

    # A second `make demo` builds nothing again (README) and keeps the data.
    again = run_cli("demo", "--size", str(DEMO_SIZE), "--no-serve", env=environment, timeout=300)
    assert again.returncode == 0 and "staat er al" in again.stderr, again.stderr[-2000:]
    database = sqlite3.connect(tmp_path / "data" / "openklachten.sqlite3")
    assert database.execute("SELECT count(*) FROM registry_complaint").fetchone()[0] == DEMO_SIZE
    database.close()

    port = free_port()
    server = subprocess.Popen(
        [str(VENV_BIN / "openklachten"), "serve", "--port", str(port)],
        env=dict(os.environ, DJANGO_SETTINGS_MODULE="openklachten.config.settings", **environment),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline, status = time.monotonic() + SERVE_TIMEOUT, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, page = get(f"http://127.0.0.1:{port}/", timeout=20)
                break
            except (ConnectionError, urllib.error.URLError, socket.timeout):
                time.sleep(0.5)
        assert status == 200, f"/ antwoordde niet binnen {SERVE_TIMEOUT} s (exit {server.poll()})"
        assert "Open Klachten" in page.decode("utf-8")
        # The served read model holds exactly what the registry published.
        status, listing = get(f"http://127.0.0.1:{port}/api/v1/klachten?paginaGrootte=1", timeout=30)
        assert status == 200 and json.loads(listing)["totaal"] == published
        # Nothing beside the checkout: the bundled CBS files give the map and the figures per 10,000 inhabitants.
        status, kaart = get(f"http://127.0.0.1:{port}/kaart", timeout=60)
        assert status == 200 and 'class="chart map"' in kaart.decode() and "niet beschikbaar" not in kaart.decode()
        status, table = get(f"http://127.0.0.1:{port}/vergelijken?_format=csv", timeout=60)
        rows = list(csv.DictReader(io.StringIO(table.decode("utf-8-sig"))))
        column = next(name for name in rows[0] if "10.000" in name)
        assert status == 200 and any(row[column] for row in rows), "geen cijfers per 10.000 inwoners"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
