"""`openklachten standard export --format jsonschema|tableschema|xlsx|markdown [--output PATH]`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.standard.exports import exporters


class Command(BaseCommand):
    help = "Werk met de Open Klachten Datastandaard: exporteer schema, Data Package, sjabloon of documentatie."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="{export}")
        export = actions.add_parser("export", help="Genereer een artefact uit de standaard.")
        export.add_argument("--format", required=True, choices=sorted(exporters()), help="Soort artefact.")
        export.add_argument(
            "--output",
            "-o",
            help="Bestand om naar te schrijven. Zonder: standaarduitvoer (xlsx: de standaardbestandsnaam).",
        )

    def handle(self, *args, action, **options):
        if action == "export":
            self.export(options["format"], options.get("output"))

    def export(self, name, output):
        exporter = exporters()[name]
        content = exporter.build()
        if output is None and exporter.binary:
            output = exporter.filename
        if output is None:
            self.stdout.write(content, ending="")
            return
        path = Path(output)
        try:
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Kan niet schrijven naar {path}: {error.strerror}") from error
        self.stderr.write(f"{exporter.description} geschreven naar {path}")
