"""Write the LibreOffice-saved workbooks the XLSX differential test reads (optional; needs LibreOffice).

The .xlsx files next to this script are committed, so the test runs without LibreOffice (CI has none).
Run this only to make them again, e.g. after a LibreOffice upgrade or to add a case:

    apt-get install libreoffice-calc-nogui       # Debian; any LibreOffice with `soffice` on PATH
    .venv/bin/python -m openklachten.intake.tests.libreoffice.make_fixtures

Each source is written by the project's own code (openpyxl, the CSV writer, the publisher template) and
then opened and saved as .xlsx by LibreOffice Calc, the way a publisher's file passes through Calc.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# CSV import: separator ';', quote '"', UTF-8 (76), from line 1, standard cell formats, Dutch locale (1043) so
# that 12-03-2024 becomes a date cell, quoted fields not forced to text, special numbers (dates) detected.
CSV_FILTER = "CSV:59,34,76,1,,1043,false,true"
XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML"
TIMEOUT = 180


def _from_openpyxl(folder: Path) -> Path:
    """Title rows above a merged two-level header, dates as cells and as text, numbers, a formula."""
    from openklachten.intake.tests.test_xlsx_differential import _openpyxl_normal

    return _openpyxl_normal(folder / "uit-openpyxl.xlsx")


def _from_csv(folder: Path) -> Path:
    """A semicolon CSV as a case system exports it; Calc turns the Dutch dates into date cells."""
    from openklachten.intake import samples

    rows = samples.sample_rows(25)
    received = dt.date.fromisoformat(rows[3]["Ontvangstdatum"])
    rows[3]["Ontvangstdatum"] = received.strftime("%d-%m-%Y")  # the Dutch way: Calc reads it as a date too
    rows[4]["Organisatieonderdeel"] = 'Café & Bakkerij "De Zon" <West>'
    return samples.write_csv(folder / "uit-csv.csv", rows)


def _template_filled_in(folder: Path) -> Path:
    """The publisher template with four complaints, the receipt date typed into its date cells."""
    from openklachten.intake import samples
    from openklachten.standard.exports import xlsx_template

    book = xlsx_template.workbook()
    sheet = book[xlsx_template.DATA_SHEET]
    headers = [cell.value for cell in sheet[1]]
    for number, row in enumerate(samples.sample_rows(4), start=2):
        for column, header in enumerate(headers, start=1):
            value = row.get(header)
            if header == "Ontvangstdatum":
                value = dt.date.fromisoformat(value)
            if value not in (None, ""):
                sheet.cell(row=number, column=column, value=value)
    path = folder / "sjabloon-ingevuld.xlsx"
    book.save(path)
    return path


SOURCES = {"uit-openpyxl": _from_openpyxl, "uit-csv": _from_csv, "sjabloon-ingevuld": _template_filled_in}


def _save_with_libreoffice(soffice: str, source: Path, folder: Path) -> Path:
    command = [soffice, f"-env:UserInstallation=file://{folder / 'profiel'}", "--headless"]
    if source.suffix == ".csv":
        command.append(f"--infilter={CSV_FILTER}")
    out = folder / "opgeslagen"
    command += ["--convert-to", XLSX_FILTER, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT)
    return out / (source.stem + ".xlsx")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
    import django

    django.setup()
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is niet gevonden; installeer bijvoorbeeld libreoffice-calc-nogui.")
    with tempfile.TemporaryDirectory(prefix="openklachten-libreoffice-") as name:
        folder = Path(name)
        for stem, write in SOURCES.items():
            saved = _save_with_libreoffice(soffice, write(folder), folder)
            shutil.copyfile(saved, HERE / f"{stem}.xlsx")
            print(f"{stem}.xlsx: {saved.stat().st_size} bytes")


if __name__ == "__main__":
    main()
