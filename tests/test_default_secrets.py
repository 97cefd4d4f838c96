"""No public default secret in production: serve, worker, import and the WSGI module refuse it; the demo makes its own.

Every test starts the real `openklachten` command (or Python) in a subprocess with a fresh data directory and
without the test suite's secrets in its environment.
"""

import json
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from openklachten.config import secret_keys
from openklachten.registry.tests.conftest import complaint_row, write_delivery

from .conftest import VENV_BIN

SECRETS = ("SECRET_KEY", "OPENKLACHTEN_LINK_SECRET", "SECRET_KEY_FALLBACKS")


def environment(data_dir, **extra) -> dict:
    """The suite's environment minus its secrets and database: what an unconfigured machine has."""
    env = {k: v for k, v in os.environ.items() if k not in SECRETS and k not in ("DATABASE_URL", "DEBUG")}
    env.update(OPENKLACHTEN_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="openklachten.config.settings")
    env.update(extra)
    return env


def openklachten(*args, env, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(VENV_BIN / "openklachten"), *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def complaints_in(data_dir) -> int:
    path = data_dir / "openklachten.sqlite3"
    if not path.exists():
        return 0
    database = sqlite3.connect(path)
    try:
        tables = {name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "registry_complaint" not in tables:
            return 0
        return database.execute("SELECT count(*) FROM registry_complaint").fetchone()[0]
    finally:
        database.close()


@pytest.mark.parametrize(
    "command", [["serve", "--port", "8103"], ["worker"], ["import", "levering.csv", "--organisation", "gm0363"]]
)
def test_commands_refuse_both_default_secrets_in_dutch(tmp_path, command):
    if command[0] == "import":
        command[1] = write_delivery(tmp_path / "levering.csv", [complaint_row(1)])
    done = openklachten(*command, env=environment(tmp_path / "data"), timeout=60)
    assert done.returncode == 1, (done.stdout, done.stderr[-2000:])
    assert "Geweigerd" in done.stderr and "openbare standaardwaarde" in done.stderr
    assert "SECRET_KEY en OPENKLACHTEN_LINK_SECRET" in done.stderr
    assert "Traceback" not in done.stderr
    assert complaints_in(tmp_path / "data") == 0


def test_one_default_secret_is_enough_to_refuse(tmp_path):
    path = write_delivery(tmp_path / "levering.csv", [complaint_row(1)])
    env = environment(tmp_path / "data", SECRET_KEY="een-lang-willekeurig-productiegeheim-0123456789")
    done = openklachten("import", path, "--organisation", "gm0363", env=env)
    assert done.returncode == 1
    assert "OPENKLACHTEN_LINK_SECRET heeft de openbare standaardwaarde" in done.stderr
    assert complaints_in(tmp_path / "data") == 0


def test_real_secrets_or_debug_let_the_import_run(tmp_path):
    path = write_delivery(tmp_path / "levering.csv", [complaint_row(1)])
    configured = environment(
        tmp_path / "a", SECRET_KEY="productie-geheim-" + "x" * 40, OPENKLACHTEN_LINK_SECRET="koppel-geheim-" + "y" * 40
    )
    done = openklachten("import", path, "--organisation", "gm0363", env=configured)
    assert done.returncode == 0, done.stderr[-2000:]
    assert complaints_in(tmp_path / "a") == 1

    debugging = openklachten("import", path, "--organisation", "gm0363", env=environment(tmp_path / "b", DEBUG="1"))
    assert debugging.returncode == 0, debugging.stderr[-2000:]
    assert complaints_in(tmp_path / "b") == 1


def test_wsgi_application_refuses_default_secrets(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", "import openklachten.config.wsgi"],
        capture_output=True,
        text=True,
        env=environment(tmp_path / "data"),
        timeout=60,
    )
    assert done.returncode != 0 and "Geweigerd" in done.stderr


def _public_ids(data_dir) -> list[str]:
    database = sqlite3.connect(data_dir / "openklachten.sqlite3")
    try:
        return [row[0] for row in database.execute("SELECT public_id FROM registry_complaint ORDER BY public_id")]
    finally:
        database.close()


@pytest.mark.slow
def test_demo_generates_secrets_once_and_keeps_public_ids_stable(tmp_path):
    data = tmp_path / "data"
    env = environment(data)
    first = openklachten("demo", "--size", "100", "--no-serve", env=env, timeout=600)
    assert first.returncode == 0, first.stderr[-3000:]

    path = data / secret_keys.FILENAME
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert set(stored) == {"SECRET_KEY", "OPENKLACHTEN_LINK_SECRET"}
    assert stored["SECRET_KEY"] != stored["OPENKLACHTEN_LINK_SECRET"]
    for name, value in stored.items():
        assert value != secret_keys.DEFAULTS[name] and len(value) >= 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # only the owner reads the secrets
    ids = _public_ids(data)
    assert len(ids) == 100

    # Rebuilt from scratch with the same seed: same file, same secrets, so the same public ids (URLs).
    again = openklachten("demo", "--size", "100", "--no-serve", "--reset", env=env, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert json.loads(path.read_text(encoding="utf-8")) == stored
    assert _public_ids(data) == ids

    # Another data directory gets other secrets, hence other ids: the ids really come from the stored secret.
    other = tmp_path / "other"
    elsewhere = openklachten("demo", "--size", "100", "--no-serve", env=environment(other), timeout=600)
    assert elsewhere.returncode == 0, elsewhere.stderr[-3000:]
    assert json.loads((other / secret_keys.FILENAME).read_text(encoding="utf-8")) != stored
    assert not set(_public_ids(other)) & set(ids)

    # The commands that refuse default secrets start on the demo's data directory without configuration.
    imported = openklachten(
        "import", write_delivery(tmp_path / "levering.csv", [complaint_row(1)]), "--organisation", "gm0363", env=env
    )
    assert imported.returncode == 0, imported.stderr[-2000:]
