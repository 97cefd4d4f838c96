"""`openklachten standard export` writes each artefact to stdout or a file."""

import io
import json

from django.core.management import call_command
from openpyxl import load_workbook

from openklachten import cli


def test_jsonschema_to_stdout():
    out = io.StringIO()
    call_command("standard", "export", "--format", "jsonschema", stdout=out)
    assert json.loads(out.getvalue())["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_markdown_and_tableschema_to_file(tmp_path):
    call_command("standard", "export", "--format", "markdown", "--output", str(tmp_path / "d.md"))
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# Open Klachten Datastandaard")
    call_command("standard", "export", "--format", "tableschema", "-o", str(tmp_path / "dp.json"))
    assert json.loads((tmp_path / "dp.json").read_text(encoding="utf-8"))["profile"] == "tabular-data-package"


def test_xlsx_without_output_writes_the_default_filename(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    call_command("standard", "export", "--format", "xlsx", stderr=io.StringIO())
    assert load_workbook(tmp_path / "publicatiesjabloon.xlsx").sheetnames[0] == "Klachten"


def test_standard_commands_skip_the_database():
    assert {"standard", "regenerate"} <= cli.NO_DATABASE


def test_entry_point_prints_clean_json_without_touching_the_database(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, DJANGO_SETTINGS_MODULE="openklachten.config.test_settings")
    result = subprocess.run(
        [sys.executable, "-m", "openklachten.cli", "standard", "export", "--format", "jsonschema"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert json.loads(result.stdout)["title"].startswith("Open Klachten Datastandaard")
