"""`openklachten build_readmodel [--status] [--volledig]`: rebuild the read model now, or say how it stands."""

import time

from django.core.management.base import BaseCommand

from openklachten.publication import readmodel


class Command(BaseCommand):
    help = "Bouwt de analytische leesopslag (Parquet + DuckDB) opnieuw op uit de gepubliceerde klachten."

    def add_arguments(self, parser):
        parser.add_argument(
            "--status",
            action="store_true",
            help="Niets bouwen: toon generatie, volgnummer, achterstand op het register en controle.",
        )
        parser.add_argument(
            "--volledig",
            action="store_true",
            help="Alles opnieuw uit het register lezen, ook wanneer incrementeel bouwen veilig kan.",
        )

    def handle(self, *args, status=False, volledig=False, **options):
        if status:
            for key, value in readmodel.status().items():
                self.stdout.write(f"{key}: {'-' if value is None else value}")
            return
        started = time.perf_counter()
        generation = readmodel.rebuild(full=volledig)
        self.stdout.write(
            f"Leesopslag gebouwd: {generation.records} klachten, {generation.tokens} zoektermen, "
            f"volgnummer {generation.sequence}, {time.perf_counter() - started:.1f} s -> {generation.path}"
        )
