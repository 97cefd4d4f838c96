"""`openklachten train_risk_model`: retrain the token risk scorer and write its weights file (package data)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.anonymisation import riskmodel
from openklachten.anonymisation import riskmodel_training as training


class Command(BaseCommand):
    help = "Train het risicomodel van de anonimisering opnieuw op het dev-corpus en de achtergehouden sets."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(riskmodel.WEIGHTS_FILE), help="Waar het gewichtenbestand komt.")
        parser.add_argument("--check", action="store_true", help="Alleen controleren of het bestand klopt.")

    def handle(self, *args, **options):
        sources = training.default_sources()
        data = training.train_file(sources)
        output = Path(options["output"])
        if options["check"]:
            same = output.exists() and output.read_bytes() == data
            self.stdout.write("gewichten kloppen" if same else "gewichten wijken af: train opnieuw")
            if not same:
                raise SystemExit(1)
            return
        output.write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes, getraind op {', '.join(p.name for p in sources)}")
