"""`openklachten geo import|toon`: load a newer year of CBS boundaries/population after a municipal merger.

The files are checked before they are copied into DATA_DIR/geo, so a wrong download never replaces a working map.
"""

import csv
import json
import re
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.publication import geodata
from openklachten.publication.site import geo

STATCODE = re.compile(r"^GM\d{4}$")
POPULATION_HEADER = ["gemeentecode", "gemeentenaam", "inwoners", "peildatum"]


def check_boundaries(path: Path) -> int:
    """The number of gemeenten in a CBS TopoJSON; CommandError (Dutch) when it is not one."""
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CommandError(f"{path.name} is geen leesbaar TopoJSON-bestand: {exc}") from None
    if not isinstance(topology, dict) or topology.get("type") != "Topology":
        raise CommandError(f'{path.name} is geen TopoJSON (verwacht: "type": "Topology").')
    try:
        shapes = geo.build_geography(topology).shapes
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CommandError(f"{path.name}: de grenzen zijn niet te tekenen ({exc.__class__.__name__}).") from None
    codes = [shape.code for shape in shapes]
    wrong = [code for code in codes if not STATCODE.match(code)]
    if not codes or wrong:
        raise CommandError(
            f"{path.name}: elke gemeente moet de eigenschap statcode hebben (GM0363); "
            f"niet gevonden of onjuist bij {len(wrong) or 'alle'} vormen."
        )
    return len(codes)


def check_population(path: Path) -> int:
    """The number of gemeenten with a population; CommandError (Dutch) when the CSV is not in the CBS layout."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != POPULATION_HEADER:
                raise CommandError(
                    f"{path.name}: verwachte kolommen {','.join(POPULATION_HEADER)}, "
                    f"gevonden {','.join(reader.fieldnames or [])}."
                )
            rows = [row for row in reader if STATCODE.match(row["gemeentecode"].strip().upper())]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CommandError(f"{path.name} is geen leesbaar CSV-bestand: {exc}") from None
    bad = [row["gemeentecode"] for row in rows if not row["inwoners"].strip().isdigit()]
    if not rows or bad:
        raise CommandError(f"{path.name}: geen geldige inwonertallen (fout bij {', '.join(bad[:5]) or 'alle rijen'}).")
    return len(rows)


class Command(BaseCommand):
    help = (
        "Kaartdata: een nieuwer jaar CBS-gemeentegrenzen/inwonertallen laden, of tonen welke bestanden in gebruik zijn."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("import", help="Controleer en laad gemeentegrenzen en/of inwonertallen.")
        load.add_argument("--grenzen", type=Path, help="TopoJSON met gemeentegrenzen (eigenschap statcode).")
        load.add_argument("--jaar", type=int, help="Jaar van de gemeentelijke indeling van de grenzen.")
        load.add_argument("--inwoners", type=Path, help="CSV: gemeentecode,gemeentenaam,inwoners,peildatum.")
        sub.add_parser("toon", help="Toon welke kaartbestanden de site gebruikt.")

    def handle(self, *args, action, **options):
        if action == "toon":
            self.stdout.write(f"Grenzen: {geodata.boundaries_file() or 'geen (de kaart wordt een tabel)'}")
            self.stdout.write(f"Inwoners: {geodata.population_file() or 'geen (geen cijfers per 10.000 inwoners)'}")
            return
        boundaries, population, year = options["grenzen"], options["inwoners"], options["jaar"]
        if not boundaries and not population:
            raise CommandError("Geef --grenzen en/of --inwoners op.")
        if boundaries and not year:
            raise CommandError("Geef met --jaar aan van welk jaar de gemeentelijke indeling is (bv. --jaar 2026).")
        checked = []
        if boundaries:
            checked.append(
                (boundaries, f"gemeenten-{year}.topojson", f"{check_boundaries(boundaries)} gemeentegrenzen")
            )
        if population:
            checked.append((population, geodata.POPULATION_FILE, f"{check_population(population)} inwonertallen"))
        target = geodata.imported_directory()
        target.mkdir(parents=True, exist_ok=True)
        for source, name, what in checked:
            partial = target / f".{name}.part"
            shutil.copyfile(source, partial)
            partial.replace(target / name)  # atomic: a reader sees the old file or the new one
            self.stdout.write(f"Geladen: {what} -> {target / name}")
        self.stdout.write("De site gebruikt de nieuwe bestanden bij de volgende aanvraag.")
