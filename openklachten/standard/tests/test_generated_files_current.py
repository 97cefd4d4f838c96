"""The committed artefacts in docs/standaard/ are exactly what the standard generates now."""

import io

import pytest
from django.core.management import CommandError, call_command

from openklachten.standard.generation import generators

STANDARD = sorted(name for name, g in generators().items() if g.app == "standard")


def test_standard_registers_its_four_artefacts():
    assert STANDARD == ["standaard-jsonschema", "standaard-markdown", "standaard-tableschema", "standaard-xlsx"]


@pytest.mark.parametrize("name", STANDARD)
def test_committed_file_is_current(name):
    generator = generators()[name]
    assert generator.target().exists(), f"{generator.path} ontbreekt: voer 'openklachten regenerate' uit"
    assert not generator.is_stale(), f"{generator.path} is verouderd: voer 'openklachten regenerate' uit"


def test_staleness_is_detected_and_repaired(tmp_path):
    generator = generators()["standaard-jsonschema"]
    assert generator.write(tmp_path) is True
    assert generator.write(tmp_path) is False
    target = generator.target(tmp_path)
    target.write_text(target.read_text(encoding="utf-8").replace("Ontvangstdatum", "Ontvangen"), encoding="utf-8")
    assert generator.is_stale(tmp_path)


def test_template_comparison_ignores_bytes_but_sees_content(tmp_path):
    from openpyxl import load_workbook

    generator = generators()["standaard-xlsx"]
    generator.write(tmp_path)
    target = generator.target(tmp_path)
    book = load_workbook(target)
    book.save(target)  # a re-save changes the bytes, not the content
    assert not generator.is_stale(tmp_path)
    book["Klachten"]["A1"] = "Kenmerk"
    book.save(target)
    assert generator.is_stale(tmp_path)


def test_regenerate_check_command_reports_current_files():
    out = io.StringIO()
    call_command("regenerate", *STANDARD, "--check", stdout=out)
    assert "actueel:   docs/standaard/klachten.schema.json" in out.getvalue()
    with pytest.raises(CommandError, match="Onbekende generator"):
        call_command("regenerate", "bestaat-niet", "--check")
