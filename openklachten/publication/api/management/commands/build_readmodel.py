"""`openklachten build_readmodel`: rebuild the read model from the registry's published complaints."""

import time

from django.core.management.base import BaseCommand

from openklachten.publication import readmodel


class Command(BaseCommand):
    help = "Bouwt de analytische leesopslag (Parquet + DuckDB) opnieuw op uit de gepubliceerde klachten."

    def handle(self, *args, **options):
        started = time.perf_counter()
        generation = readmodel.rebuild()
        self.stdout.write(
            f"Leesopslag gebouwd: {generation.records} klachten, {generation.tokens} zoektermen, "
            f"{time.perf_counter() - started:.1f} s -> {generation.path}"
        )
