"""`openklachten import`: Dutch report and exit code 1 on errors, counts and exit code 0 on success."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from openklachten.registry.models import Complaint
from openklachten.registry.tests.conftest import complaint_row, write_delivery


def test_success_prints_counts(amsterdam, delivery_file, capsys):
    call_command("import", delivery_file([complaint_row(1), complaint_row(2)]), "--organisation", "gm0363")
    assert "2 nieuw, 0 bijgewerkt" in capsys.readouterr().out
    assert Complaint.objects.count() == 2


def test_errors_print_the_report_and_exit_1(amsterdam, delivery_file, capsys):
    path = delivery_file([complaint_row(1, ontvangstdatum="2024-13-45")])
    with pytest.raises(SystemExit) as exit_info:
        call_command("import", path, "--organisation", amsterdam.tooi_uri)
    assert exit_info.value.code == 1
    out = capsys.readouterr().out
    assert "NIET opgeslagen" in out and "2024-13-45" in out
    assert Complaint.objects.count() == 0


def test_unknown_organisation_is_refused(db, delivery_file):
    with pytest.raises(CommandError, match="Onbekende organisatie"):
        call_command("import", delivery_file([complaint_row(1)]), "--organisation", "gm9999")


def test_real_process_exit_codes(tmp_path):
    """The installed entry point, on its own throw-away SQLite database."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OPENKLACHTEN_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="openklachten.config.settings")
    bad = write_delivery(tmp_path / "fout.csv", [complaint_row(1, ontvangstdatum="misschien")])
    good = write_delivery(tmp_path / "goed.csv", [complaint_row(1)])

    def run(*args):
        code = "from openklachten.cli import main; main(['openklachten', *__import__('sys').argv[1:]])"
        return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)

    setup = "from openklachten.registry.factories import make_organisation; make_organisation('gm0363')"
    assert run("shell", "-c", setup).returncode == 0
    failed = run("import", bad, "--organisation", "gm0363")
    assert failed.returncode == 1, failed.stderr
    assert "misschien" in failed.stdout
    passed = run("import", good, "--organisation", "gm0363")
    assert passed.returncode == 0, passed.stderr
    assert "1 nieuw" in passed.stdout
    assert Path(tmp_path / "data" / "openklachten.sqlite3").exists()


def test_an_organisation_from_the_reference_list_is_registered_on_first_delivery(db, delivery_file, capsys):
    from openklachten.registry.models import Organisation

    call_command("import", delivery_file([complaint_row(1)]), "--organisation", "gm0363")
    assert Organisation.objects.get(code="gm0363").name == "Gemeente Amsterdam"
