"""`openklachten bench_site --size N`: server-side response times of the public pages on a synthetic read model.

Prints the first (cold: the query layer's per-generation caches are empty for that URL) and p50/p95 of the
repeated requests per page (Django's test client, so no network in the numbers). Never fails on speed.
"""

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.test import Client

PAGES = {
    "overzicht": "/",
    "overzicht, 1 filter + 1 jaar": "/?conclusie=gegrond&van=2024-01-01&tot=2024-12-31",
    "overzicht, 4 filters + uitsluiting": "/?formeel_informeel=formeel&organisatie_type=gemeente"
    "&ontvangwijze=e-mail&oorzaak__niet=vertraging&van=2022-01",
    "zoeken met facetten": "/klachten?q=parkeervergunning&conclusie=gegrond",
    "zoeken, pagina 50": "/klachten?q=termijn&_sort=datum&_pagina=50",
    "vergelijken": "/vergelijken?van=2024-01-01&tot=2024-12-31",
    "kaart": "/kaart?_maatstaf=gegrond",
    "grafiek-csv": "/grafieken/themas.csv?organisatie_type=gemeente",
    "embed": "/embed/trend?thema=afval",
}


class Command(BaseCommand):
    help = "Meet de responstijd (p50/p95, server-side) van de publieke pagina's op een synthetische leesopslag."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal synthetische klachten.")
        parser.add_argument("--runs", type=int, default=20, help="Metingen per pagina (na één opwarmronde).")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag; zonder: tijdelijke map, daarna gewist.")

    def handle(self, *args, size, runs, path, **options):
        try:
            from openklachten.benchmarks import synthetic_model
            from openklachten.publication import query, readmodel
        except ImportError as error:
            raise CommandError(f"De leesopslag (publication.readmodel/query) is niet geïnstalleerd: {error}") from None
        target = Path(path) if path else Path(tempfile.mkdtemp(prefix="openklachten-bench-site-"))
        try:
            if readmodel.current_dir(target) is None:
                _, seconds = synthetic_model.build(target, size)
                self.stdout.write(f"leesopslag met {size:,} klachten gebouwd in {seconds:.1f} s")
            query.use(target)
            client = Client()
            self.stdout.write(f"{'pagina':38} {'koud ms':>8} {'p50 ms':>8} {'p95 ms':>8}  status")
            for name, url in PAGES.items():
                started = time.perf_counter()
                status = client.get(url).status_code
                cold = 1000 * (time.perf_counter() - started)
                timings = []
                for _ in range(runs):
                    started = time.perf_counter()
                    client.get(url)
                    timings.append(1000 * (time.perf_counter() - started))
                timings.sort()
                p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
                self.stdout.write(f"{name:38} {cold:8.1f} {statistics.median(timings):8.1f} {p95:8.1f}  {status}")
        finally:
            query.use(None)
            if not path:
                shutil.rmtree(target, ignore_errors=True)
