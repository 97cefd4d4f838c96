"""Synthetic delivery files: valid rows of the standard 1.0 and writers for every format.

Used by `bench_validate` and by the intake tests. Every value is invented; no real complaint text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from openklachten import standard

ORGANISATIONS = ("Gemeente Amsterdam", "Gemeente Utrecht", "https://identifier.overheid.nl/tooi/id/gemeente/gm0599")
WOONPLAATSEN = ("Amsterdam", "GM0344", "Rotterdam", "Zaanstad", "GM0363")
START = dt.date(2024, 1, 1)


def _labels(name: str) -> tuple[str, ...]:
    return standard.load().codelist(name).labels


def sample_row(i: int) -> dict[str, object]:
    """Row i of a valid delivery, keyed by Dutch label; every third complaint is informal."""
    received = START + dt.timedelta(days=i % 300)
    informal = i % 3 == 2
    themes = _labels("themas")
    row = {
        "Klacht-ID": f"Z-2024-{i:06d}",
        "Ontvangstdatum": received.isoformat(),
        "Datum van registratie": (received + dt.timedelta(days=1)).strftime("%d-%m-%Y"),
        "Datum afhandeling": (received + dt.timedelta(days=20 + i % 40)).isoformat(),
        "Ontvangwijze": _labels("ontvangwijze")[i % 4],
        "Status": "Afgehandeld",
        "Formeel/informeel": "Informeel" if informal else "Formeel",
        "Verlenging beantwoordingstermijn": "Nee",
        "Adviescommissie": "Ja" if i % 7 == 0 else "Nee",
        "Eerstelijns/tweedelijns": "Eerstelijns",
        "Bestuursorgaan": ORGANISATIONS[i % len(ORGANISATIONS)],
        "Organisatieonderdeel": f"Afdeling {('Parkeren', 'Belastingen', 'Burgerzaken', 'Wonen')[i % 4]}",
        "Type klager": _labels("type_klager")[i % 3],
        "Woonplaats klager": WOONPLAATSEN[i % len(WOONPLAATSEN)],
        "Leeftijdsgroep klager": _labels("leeftijdsgroep")[i % 4],
        "Thema's": f"{themes[i % len(themes)]}; {themes[(i * 7 + 3) % len(themes)]}",
        "Gedraging": "" if informal else f"De klager kreeg na {4 + i % 9} weken nog geen reactie op zijn verzoek.",
        "Oorzaak": "" if informal else _labels("oorzaak")[i % 4],
        "Bevindingen": "" if informal else "De aanvraag bleef liggen door een fout in de werkvoorraad.",
        "Conclusie": "" if informal else _labels("conclusie")[i % 3],
        "Oordeel klacht": "" if informal else "De termijn is ruim overschreden; de klacht is daarom terecht.",
        "Afdoeningswijze": "Zonder onderzoek afgedaan" if informal else ("Excuses", "Herstel", "Opheldering")[i % 3],
    }
    return row


def sample_rows(n: int) -> list[dict[str, object]]:
    return [sample_row(i) for i in range(n)]


def write_csv(path: Path, rows: list[dict], *, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    """CSV as Dutch Excel saves it (';', BOM) unless told otherwise."""
    headers = list(rows[0]) if rows else []
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headers])
    Path(path).write_bytes(buffer.getvalue().encode(encoding))
    return Path(path)


def write_xlsx(path: Path, rows: list[dict], *, sheet: str = "Klachten", dates_as_cells: bool = True) -> Path:
    """A workbook as Excel would hold it: real date cells where the text is an ISO date."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    headers = list(rows[0]) if rows else []
    worksheet.append(headers)
    date_cell_style = "DD-MM-YYYY"
    for row in rows:
        cells = []
        for header in headers:
            value = row.get(header, "")
            if (
                dates_as_cells
                and isinstance(value, str)
                and len(value) == 10
                and value[4:5] == "-"
                and value[7:8] == "-"
            ):
                cell = WriteOnlyCell(worksheet, value=dt.date.fromisoformat(value))
                cell.number_format = date_cell_style
                value = cell
            cells.append(value if value != "" else None)
        worksheet.append(cells)
    workbook.save(path)
    return Path(path)


def write_json(path: Path, rows: list[dict], *, lines: bool = False) -> Path:
    records = [{k: v for k, v in row.items() if v != ""} for row in rows]
    if lines:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    else:
        text = json.dumps(records, ensure_ascii=False, indent=1)
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)
