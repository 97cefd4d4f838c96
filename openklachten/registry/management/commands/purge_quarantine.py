"""openklachten purge_quarantine: delete raw review text older than OPENKLACHTEN_QUARANTINE_DAYS."""

from django.conf import settings
from django.core.management.base import BaseCommand

from openklachten.registry.quarantine import purge_expired


class Command(BaseCommand):
    help = "Wis ruwe tekst in de reviewquarantaine die ouder is dan de bewaartermijn."

    def handle(self, **options):
        count = purge_expired()
        self.stdout.write(f"{count} tekst(en) ouder dan {settings.QUARANTINE_DAYS} dagen gewist.")
