"""`openklachten validate PATH`: check a delivery file against the standard without touching the database."""

import json

from django.core.management.base import BaseCommand

from openklachten.intake.readers import UnreadableFile, read_table
from openklachten.intake.textreport import DEFAULT_MAX_LINES, render
from openklachten.intake.validation import ORGANISATION_TYPES, PROFILES, validate

# Exit codes are part of the interface: scripts and CI of publishers rely on them.
EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


class Command(BaseCommand):
    help = (
        "Controleer een klachtenbestand (CSV, Excel .xlsx, JSON of JSON Lines) tegen de Open Klachten-standaard. "
        "Exitcode 0 = geldig, 1 = fouten gevonden, 2 = bestand onleesbaar."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("path", help="Het bestand dat u wilt controleren.")
        parser.add_argument(
            "--profile",
            choices=PROFILES,
            help="Controleer elke rij als formele of informele klacht (standaard: per rij uit Formeel/informeel).",
        )
        parser.add_argument(
            "--organisatietype",
            choices=sorted(ORGANISATION_TYPES),
            help="Wie levert aan; bepaalt de lijst voor Afdoeningswijze (standaard: beide lijsten toegestaan).",
        )
        parser.add_argument("--json", action="store_true", help="Geef het resultaat als JSON.")
        parser.add_argument(
            "--max-meldingen",
            type=int,
            default=DEFAULT_MAX_LINES,
            help=f"Toon hoogstens zoveel fouten en waarschuwingen (standaard {DEFAULT_MAX_LINES}).",
        )

    def handle(self, *args, **options):
        path = options["path"]
        try:
            table = read_table(path)
        except UnreadableFile as exc:
            if options["json"]:
                error = {"row": None, "column": "", "value": "", "code": "onleesbaar", "message": str(exc)}
                self.stdout.write(json.dumps({"valid": False, "rows": 0, "errors": [error]}, ensure_ascii=False))
            else:
                self.stderr.write(f"Het bestand {path} kan niet worden gelezen: {exc}")
            raise SystemExit(EXIT_UNREADABLE) from None
        report = validate(table, profile=options["profile"], organisation_type=options["organisatietype"])
        if options["json"]:
            self.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render(report, table, path, limit=options["max_meldingen"]))
        if not report.valid:
            raise SystemExit(EXIT_INVALID)
