"""openklachten rescan: apply the current anonymisation engine to what was published with an older one."""

from django.core.management.base import BaseCommand

from openklachten.anonymisation import ENGINE_VERSION
from openklachten.registry.rescan import outdated, rescan_outdated


class Command(BaseCommand):
    help = (
        "Scan de gepubliceerde (geanonimiseerde) vrije tekst opnieuw met de huidige anonimisering, lak weg wat "
        "die nu vindt (nooit iets terugzetten) en bouw de leesopslag één keer opnieuw op. Draait ook vanzelf bij "
        "het starten van `serve` zolang er klachten met een oudere versie zijn."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Alleen tellen hoeveel klachten een oudere versie hebben; niets wijzigen.",
        )

    def handle(self, *args, check=False, **options):
        if check:
            self.stdout.write(f"{outdated().count()} klachten met een anonimiseringsversie ouder dan {ENGINE_VERSION}.")
            return
        for line in rescan_outdated().lines():
            self.stdout.write(line)
