"""openklachten import PATH --organisation <TOOI id or code>"""

import sys
from contextlib import nullcontext

from django.core.management.base import BaseCommand, CommandError

from openklachten.registry import audit, memory, signals
from openklachten.registry.importer import DATABASE_ERRORS, ImportRefused, database_refusal, import_delivery
from openklachten.registry.jobs.runner import follow_ups_as_jobs
from openklachten.registry.reporting import error_table, summary


class Command(BaseCommand):
    help = "Importeer een aanlevering (CSV, XLSX, JSON) voor één organisatie: valideren, anonimiseren, opslaan."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Het bestand met klachten.")
        parser.add_argument("--organisation", "--organisatie", required=True, help="TOOI-identifier of -code.")
        parser.add_argument("--periode", help="Periode van de levering, jjjj-mm-dd/jjjj-mm-dd.")
        parser.add_argument(
            "--contact", help="Algemeen e-mailadres of telefoonnummer voor vragen (wordt gepubliceerd)."
        )
        parser.add_argument("--omschrijving", help="Omschrijving van de dataset (wordt gepubliceerd).")
        parser.add_argument(
            "--herbouw-in-wachtrij",
            action="store_true",
            help="De leesopslag niet in dit proces opbouwen maar als taak voor `openklachten worker` "
            "(het geheugen van de import en dat van de opbouw tellen dan niet op).",
        )

    def handle(self, path, organisation, **options):
        metadata = {key: options[key] for key in ("periode", "contact", "omschrijving") if options.get(key)}
        try:
            # The read model is rebuilt when the batch ends: after the import has returned and its memory is
            # given back, so the process does not hold the import's peak and the build's at once.
            deferred = follow_ups_as_jobs() if options.get("herbouw_in_wachtrij") else nullcontext()
            with audit.acting_as(channel="cli"), deferred, signals.batched():
                result = import_delivery(path, organisation, metadata=metadata)
                memory.release()
        except (ImportRefused, FileNotFoundError) as exc:
            raise CommandError(
                str(exc) if isinstance(exc, ImportRefused) else f"Bestand niet gevonden: {path}"
            ) from None
        except DATABASE_ERRORS as exc:
            raise CommandError(database_refusal(exc)) from exc
        if not result.ok:
            self.stdout.write(error_table(result))
            sys.exit(1)
        self.stdout.write(summary(result))
