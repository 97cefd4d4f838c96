"""What an Excel user reads from `openklachten import` on a file with errors (review item 4)."""

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from openklachten.intake import samples
from openklachten.registry.models import Delivery
from openklachten.registry.reporting import error_table


def _excel_with_errors(path):
    """A sheet as coordinators make them: a title row, an empty row, then the header on row 3."""
    rows = samples.sample_rows(3)
    for row in rows:  # the file is Amsterdam's own (another body's file is refused before validation errors)
        row["Bestuursorgaan"] = "Gemeente Amsterdam"
    rows[0]["Ontvangwijze"] = "Emial"
    rows[1]["Oorzaak"] = "Anders, namelijk mevrouw de Groot-Pietersen was boos"
    rows[2]["Status"] = ""
    book = Workbook()
    sheet = book.active
    sheet.title = "Klachten"
    sheet.append(["Klachtenregistratie 2024"])
    sheet.append([])
    headers = list(rows[0])
    sheet.append(headers)
    for row in rows:
        sheet.append([row[h] for h in headers])
    book.save(path)
    return path, headers


def test_excel_report_names_row_column_letter_label_and_hint(amsterdam, tmp_path, capsys):
    path, headers = _excel_with_errors(tmp_path / "klachten.xlsx")
    with pytest.raises(SystemExit):
        call_command("import", str(path), "--organisation", "gm0363")
    out = capsys.readouterr().out
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("Ontvangwijze")]
    status_letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("Status")]
    assert "werkblad 'Klachten'" in out
    assert "De kopregel staat op rij 3" in out
    # Excel's own row numbers (data starts on row 4) and column letters, Dutch label, a hint.
    assert f'  Rij 4:\n    - Ontvangwijze "Emial" is geen geldige waarde; bedoelt u "E-mail"? (kolom {letter})' in out
    assert (
        f"  Rij 6:\n    - Status is verplicht maar leeg; kies een waarde uit de lijst. (kolom {status_letter})" in out
    )
    # the warning for the dropped explanation is shown too, without echoing it
    assert "Rij 5:" in out and "toelichting" in out and "Pietersen" not in out
    assert "De levering is NIET opgeslagen" in out and "openklachten validate" not in out.split("\n")[0]
    assert not Delivery.objects.exists()


def test_duplicate_klacht_id_is_in_the_same_report(amsterdam, delivery_file):
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.tests.conftest import complaint_row

    result = import_delivery(delivery_file([complaint_row(1), complaint_row(1)]), amsterdam)
    text = error_table(result)
    assert "Rij 3:" in text and "Klacht-ID komt meerdere keren voor" in text and "(ook in rij 2)" in text
