"""A process killed (SIGKILL) in the middle of an import leaves the database as it was."""

import os
import signal
import sqlite3
import subprocess
import sys

from openklachten.registry.tests.conftest import complaint_row, write_delivery

SCRIPT = """
import os, signal, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from openklachten.registry import importer
from openklachten.registry.factories import make_organisation
organisation = make_organisation("gm0363")
if sys.argv[1] == "first":
    print(importer.import_delivery(sys.argv[2], organisation).created)
else:
    importer.BATCH_SIZE = 2
    real = importer._store_batch
    def store_then_die(complaints):
        real(complaints)  # rows of the first batch are written inside the open transaction
        os.kill(os.getpid(), signal.SIGKILL)
    importer._store_batch = store_then_die
    importer.import_delivery(sys.argv[2], organisation)
"""


def test_sigkill_mid_import_keeps_the_previous_state(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OPENKLACHTEN_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="openklachten.config.settings")
    first = write_delivery(tmp_path / "eerste.csv", [complaint_row(n, conclusie="ongegrond") for n in (1, 2, 3)])
    second = write_delivery(tmp_path / "tweede.csv", [complaint_row(n, conclusie="gegrond") for n in range(1, 8)])

    done = subprocess.run([sys.executable, "-c", SCRIPT, "first", first], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "3", done.stderr
    killed = subprocess.run([sys.executable, "-c", SCRIPT, "second", second], env=env, capture_output=True)
    assert killed.returncode == -signal.SIGKILL

    database = sqlite3.connect(tmp_path / "openklachten.sqlite3")
    rows = database.execute("SELECT conclusie, COUNT(*) FROM registry_complaint GROUP BY conclusie").fetchall()
    assert rows == [("ongegrond", 3)]
    assert database.execute("SELECT COUNT(*) FROM registry_delivery").fetchone() == (1,)
