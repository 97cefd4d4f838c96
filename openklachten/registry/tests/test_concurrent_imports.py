"""Two imports for one organisation at the same time: the second waits for the first, then updates what it wrote.

Before the lock, both read "nothing stored yet" and both inserted: one failed on the unique constraint
(a 500 on the upload page), or each computed k-anonymity without the other's rows. PostgreSQL: two threads,
each with its own connection. SQLite: two `openklachten import` processes on one database file.
"""

import os
import re
import sqlite3
import subprocess
import threading
import time

import pytest
from django.db import connection, connections
from django.db.models import Count

from openklachten.registry import importer
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import complaint_row, write_delivery

FIRST = range(1, 41)  # Z-2024-00001 .. 00040
SECOND = range(21, 61)  # overlaps FIRST in 00021 .. 00040
WAIT = 60  # seconds; generous on a loaded 2-core machine, reached only on failure


def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL-test (make test-postgres); SQLite: test_two_import_processes_on_sqlite")


def run_in_thread(target, outcome: dict, name: str) -> threading.Thread:
    def work():
        try:
            outcome[name] = target()
        except BaseException as error:  # reported by the test, not lost in the thread
            outcome[name] = error
        finally:
            connections.close_all()  # this thread's own connection

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread


def summary(outcome: dict) -> dict:
    """(created, updated) or the error per thread: short enough for an assertion message."""
    return {
        name: getattr(r, "created", None) is not None and (r.created, r.updated) or repr(r)
        for name, r in outcome.items()
    }


def waiting_for_a_lock() -> int:
    """Backends of this database that PostgreSQL reports as waiting for a lock (not our own)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_second_import_waits_for_the_first_and_updates_its_rows(amsterdam, tmp_path, monkeypatch):
    postgresql_only()
    first = write_delivery(tmp_path / "eerste.csv", [complaint_row(n, conclusie="ongegrond") for n in FIRST])
    second = write_delivery(tmp_path / "tweede.csv", [complaint_row(n, conclusie="gegrond") for n in SECOND])

    # Hold the first import inside its transaction (after its lock) until the second is seen waiting.
    inside, release = threading.Event(), threading.Event()
    real_skip = importer._skip_withdrawn  # the first step inside the transaction, after the lock

    def skip_then_hold(*args):
        outcome = real_skip(*args)
        if threading.current_thread().name == "eerste":
            inside.set()
            assert release.wait(WAIT), "the test never released the first import"
        return outcome

    monkeypatch.setattr(importer, "_skip_withdrawn", skip_then_hold)
    outcome: dict = {}
    one = run_in_thread(lambda: importer.import_delivery(first, amsterdam), outcome, "eerste")
    assert inside.wait(WAIT), summary(outcome)
    two = run_in_thread(lambda: importer.import_delivery(second, amsterdam), outcome, "tweede")

    deadline = time.monotonic() + WAIT
    while waiting_for_a_lock() == 0 and time.monotonic() < deadline and two.is_alive():
        time.sleep(0.05)
    assert two.is_alive() and waiting_for_a_lock() >= 1, f"the second import did not wait: {summary(outcome)}"
    assert Complaint.objects.count() == 0  # nothing of either is visible yet

    release.set()
    one.join(WAIT)
    two.join(WAIT)
    assert not one.is_alive() and not two.is_alive()
    eerste, tweede = outcome["eerste"], outcome["tweede"]
    assert not isinstance(eerste, BaseException) and not isinstance(tweede, BaseException), summary(outcome)
    assert (eerste.created, eerste.updated) == (40, 0)
    assert (tweede.created, tweede.updated) == (20, 20)  # it saw the first's rows: updated them in place

    assert Complaint.objects.count() == 60 and Delivery.objects.count() == 2
    by_conclusie = dict(Complaint.objects.values_list("conclusie").annotate(n=Count("id")).order_by("conclusie"))
    assert by_conclusie == {"gegrond": 40, "ongegrond": 20}


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_imports_both_succeed(amsterdam, tmp_path):
    postgresql_only()
    first = write_delivery(tmp_path / "eerste.csv", [complaint_row(n) for n in FIRST])
    second = write_delivery(tmp_path / "tweede.csv", [complaint_row(n) for n in SECOND])
    start = threading.Barrier(2)
    outcome: dict = {}

    def importing(path):
        def run():
            start.wait(WAIT)
            return importer.import_delivery(path, amsterdam)

        return run

    threads = [run_in_thread(importing(first), outcome, "eerste"), run_in_thread(importing(second), outcome, "tweede")]
    for thread in threads:
        thread.join(WAIT * 2)
    results = [outcome["eerste"], outcome["tweede"]]
    assert not [r for r in results if isinstance(r, BaseException)], summary(outcome)
    assert sorted((r.created, r.updated) for r in results) == [(20, 20), (40, 0)], summary(outcome)
    assert Complaint.objects.count() == 60
    assert Complaint.objects.values("klacht_key").distinct().count() == 60


def test_two_import_processes_on_sqlite(tmp_path):
    """Two real `openklachten import` processes on one SQLite file: the second waits for the write lock."""
    from tests.conftest import VENV_BIN

    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OPENKLACHTEN_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="openklachten.config.settings")
    command = [str(VENV_BIN / "openklachten"), "import"]
    setup = write_delivery(tmp_path / "start.csv", [complaint_row(100)])
    done = subprocess.run([*command, setup, "--organisation", "gm0363"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]  # database migrated, organisation created

    paths = [
        write_delivery(tmp_path / "eerste.csv", [complaint_row(n) for n in FIRST]),
        write_delivery(tmp_path / "tweede.csv", [complaint_row(n) for n in SECOND]),
    ]
    processes = [
        subprocess.Popen(
            [*command, path, "--organisation", "gm0363"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in paths
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], [err[-2000:] for _, err in outputs]
    counts = sorted(tuple(map(int, re.search(r"(\d+) nieuw, (\d+) bijgewerkt", out).groups())) for out, _ in outputs)
    assert counts == [(20, 20), (40, 0)]  # whichever came second updated the other's 20 rows
    database = sqlite3.connect(tmp_path / "data" / "openklachten.sqlite3")
    try:
        assert database.execute("SELECT count(*), count(DISTINCT klacht_key) FROM registry_complaint").fetchone() == (
            61,
            61,
        )
    finally:
        database.close()
