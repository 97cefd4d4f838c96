"""openklachten demo [--size N] [--seed S] [--no-serve] [--reset]"""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from openklachten.config import secret_keys
from openklachten.config.management.commands.serve import serve
from openklachten.demo import loader
from openklachten.registry import signals
from openklachten.registry.models import Complaint

DEFAULT_SIZE = 50_000  # issue 3: at least 50,000 complaints for a believable dashboard
DEMO_PUBLISHER_ORGANISATION = "gm0363"  # the demo account delivers for Gemeente Amsterdam


class Command(BaseCommand):
    help = "Bouw een realistische synthetische dataset via de importstraat en start de website."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="Aantal klachten (standaard 50000).")
        parser.add_argument("--seed", type=int, default=2024, help="Startwaarde van de generator (herhaalbaar).")
        parser.add_argument("--no-serve", action="store_true", help="Alleen de data laden, geen website starten.")
        parser.add_argument("--reset", action="store_true", help="Verwijder eerst de eerder geladen demodata.")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, size, seed, no_serve, reset, host, port, **options):
        err = sys.stderr
        _use_generated_secrets()
        loaded = loader.demo_deliveries()
        sizes = set(loaded.values_list("metadata__demo_size", flat=True).distinct())
        if reset or (loaded.exists() and sizes != {size}):
            if loaded.exists():
                print("Eerder geladen demodata verwijderen…", file=err)
            loader.reset()
        if loader.demo_deliveries().exists():
            print(
                f"De demodata staat er al ({Complaint.objects.count()} klachten); opnieuw opbouwen: --reset.", file=err
            )
        else:
            started = time.monotonic()
            with signals.batched(sender=Complaint):
                summary = loader.load(size, seed, stream=err)
                approved = loader.simulate_review(DEMO_PUBLISHER_ORGANISATION)
            print(
                f"{summary.complaints} klachten in {summary.deliveries} leveringen geladen in "
                f"{time.monotonic() - started:.0f} s; {summary.in_review} klachten gingen naar controle, "
                f"{approved} teksten daarvan goedgekeurd namens de andere organisaties; "
                f"{summary.withheld} klachten met achtergehouden tekst; {summary.failed} leveringen afgekeurd.",
                file=err,
            )
        password = loader.ensure_demo_account(DEMO_PUBLISHER_ORGANISATION)
        print(
            f"Aanleveren en controleren: http://{host}:{port}/aanleveren/ met gebruiker "
            f"'{loader.DEMO_USERNAME}' en wachtwoord '{password}' (nieuw bij elke start).",
            file=err,
        )
        if not no_serve:
            serve(host, port)


def _use_generated_secrets() -> None:
    """Random secrets kept in the data directory instead of the public defaults (no configuration needed).

    `openklachten demo` generates them before the settings load (cli.py); this covers a demo started
    another way (call_command), so the demo never publishes keys hashed with a public secret.
    """
    if not secret_keys.defaults_in_use(settings):
        return
    generated = secret_keys.generate(settings.DATA_DIR)
    for name in secret_keys.defaults_in_use(settings):
        setattr(settings, secret_keys.SETTING_NAMES[name], generated[name])
