"""The publisher template survives LibreOffice: saved again by Calc it keeps its headers and drop-downs.

Checked on the template filled in and saved by Calc that the XLSX differential test also reads (committed,
so this runs without LibreOffice), and, where LibreOffice is installed, on a fresh round trip of today's build.
"""

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from openklachten.intake.tests.libreoffice import make_fixtures
from openklachten.standard.exports import build

from .test_export_xlsx_template import columns, list_values, validations_by_column

SOFFICE = shutil.which("soffice")
# A cold LibreOffice start on a busy 2-core machine takes ~10 s; the limit only stops a hung process.
SOFFICE_TIMEOUT = 180


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_libreoffice_round_trip_keeps_headers_and_dropdowns(tmp_path, standard):
    source = tmp_path / "publicatiesjabloon.xlsx"
    source.write_bytes(build("xlsx"))
    out = tmp_path / "opgeslagen"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=SOFFICE_TIMEOUT,
    )
    _assert_headers_and_dropdowns(load_workbook(out / "publicatiesjabloon.xlsx"), standard)


def test_the_template_saved_by_libreoffice_keeps_headers_and_dropdowns(standard):
    saved = make_fixtures.HERE / "sjabloon-ingevuld.xlsx"
    book = load_workbook(saved)
    assert b"<Application>LibreOffice/" in _app_properties(saved)
    assert [c.value for c in book["Klachten"][1]] == [a.label for a in columns(standard)], (
        "The template changed since the LibreOffice-saved copy was made: run "
        "`.venv/bin/python -m openklachten.intake.tests.libreoffice.make_fixtures` (needs LibreOffice)."
    )
    _assert_headers_and_dropdowns(book, standard)


def _app_properties(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/app.xml")


def _assert_headers_and_dropdowns(book, standard):
    sheet = book["Klachten"]
    assert [c.value for c in sheet[1]] == [a.label for a in columns(standard)]
    by_column = validations_by_column(sheet)
    for index, attribute in enumerate(columns(standard), start=1):
        letter = get_column_letter(index)
        if attribute.codelist:
            assert list_values(book, by_column[letter].formula1) == list(standard.codelist(attribute.codelist).labels)
        elif attribute.type == "date":
            assert by_column[letter].type == "date"
    assert book["Lijsten"].sheet_state == "hidden"
