"""`openklachten validate`: exit codes, the Dutch text report and the --json shape."""

import json
import subprocess
import sys

import pytest
from django.core.management import call_command

from openklachten.intake.tests import builders


def run(*args, capsys):
    try:
        call_command("validate", *args)
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_valid_file_exits_0_with_a_summary(tmp_path, capsys):
    code, out, _ = run(str(builders.xlsx_file(tmp_path, builders.rows(4))), capsys=capsys)
    assert code == 0
    assert "Resultaat: GELDIG. 4 klachten gecontroleerd, geen fouten." in out


def test_invalid_file_exits_1_and_lists_row_column_value_message(tmp_path, capsys):
    data = builders.rows(3, Ontvangwijze="Emial")
    data[2]["Klacht-ID"] = data[0]["Klacht-ID"]
    code, out, _ = run(str(builders.csv_file(tmp_path, data)), capsys=capsys)
    assert code == 1
    assert '  Rij 2:\n    - Ontvangwijze "Emial" is geen geldige waarde; bedoelt u "E-mail"?' in out
    assert "  Rij 4:" in out
    assert "Resultaat: NIET GELDIG. 2 fouten in 2 van de 3 klachten." in out


def test_json_output_shape(tmp_path, capsys):
    data = [{k: v for k, v in row.items() if k != "Status"} for row in builders.rows(2)]
    code, out, _ = run(str(builders.csv_file(tmp_path, data)), "--json", capsys=capsys)
    assert code == 1
    result = json.loads(out)
    assert result["valid"] is False and result["rows"] == 2
    assert result["errors"] == [
        {
            "row": 1,
            "column": "Status",
            "value": "",
            "code": "kolom_ontbreekt",
            "message": "De kolom Status ontbreekt; die is verplicht. Voeg de kolom toe (zie het sjabloon).",
        }
    ]


def test_profile_option(tmp_path, capsys):
    path = str(builders.csv_file(tmp_path, builders.rows(3)))
    assert run(path, capsys=capsys)[0] == 0
    assert run(path, "--profile", "formeel", capsys=capsys)[0] == 1  # the informal row lacks Gedraging


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 8, b"%PDF-1.4\n"])
def test_unreadable_file_exits_2(tmp_path, capsys, content):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(content)
    code, out, err = run(str(path), capsys=capsys)
    assert code == 2
    assert "kan niet worden gelezen" in err
    code, out, _ = run(str(path), "--json", capsys=capsys)
    result = json.loads(out)
    assert code == 2 and result["valid"] is False
    assert result["errors"][0]["code"] == "onleesbaar" and result["errors"][0]["message"]


def test_real_entry_point_needs_no_database(tmp_path):
    """Through the installed `openklachten` entry point, with a database URL that cannot work."""
    path = builders.csv_file(tmp_path, builders.rows(2, Status="klaar"))
    env = {"DATABASE_URL": "postgres://nobody@127.0.0.1:1/none", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "openklachten", "validate", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["errors"][0]["code"] == "onbekende_waarde"
