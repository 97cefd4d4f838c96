"""`openklachten dcat [--format ttl|jsonld] [--output PAD] [--benchmark N]`: the DCAT catalogue on the command line."""

import datetime as dt
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from openklachten.publication.dcat.builder import build_catalogue
from openklachten.publication.dcat.catalogue import platform_publisher, render
from openklachten.publication.dcat.datasets import PublisherDataset
from openklachten.publication.dcat.serialise import SERIALISERS
from openklachten.standard import reference


class Command(BaseCommand):
    help = "Schrijf de DCAT-catalogus (wat nu gepubliceerd is) naar stdout of een bestand, of meet de bouwtijd."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=sorted(SERIALISERS), default="ttl", help="Uitvoerformaat.")
        parser.add_argument("--output", metavar="PAD", help="Schrijf naar dit bestand in plaats van stdout.")
        parser.add_argument(
            "--benchmark",
            type=int,
            metavar="N",
            help="Bouw een catalogus met N fictieve uitgevers (uit de referentielijst) en toon de tijden.",
        )

    def handle(self, *args, format, output, benchmark, **options):
        if benchmark is not None:
            return self.benchmark(benchmark)
        body, datasets = render(format)
        if output:
            Path(output).write_text(body, encoding="utf-8")
            self.stderr.write(f"{len(datasets)} dataset(s) geschreven naar {output}")
        else:
            self.stdout.write(body, ending="")

    def benchmark(self, n: int):
        organisations = reference.organisations()
        if not 1 <= n <= len(organisations):
            raise CommandError(f"--benchmark moet tussen 1 en {len(organisations)} liggen.")
        utc = dt.timezone.utc
        datasets = [
            PublisherDataset(
                o.code,
                o.naam,
                o.type,
                o.uri,
                "",
                "",
                100,
                dt.date(2024, 1, 1),
                dt.date(2024, 12, 31),
                dt.datetime(2024, 2, 1, tzinfo=utc),
                dt.datetime(2025, 1, 6, tzinfo=utc),
            )
            for o in organisations[:n]
        ]
        start = time.perf_counter()
        graph = build_catalogue(datasets, base_url="https://openklachten.example.nl", publisher=platform_publisher())
        built = time.perf_counter()
        self.stdout.write(f"{n} datasets, {len(graph)} triples: graaf {built - start:.2f} s")
        for kind, serialiser in SERIALISERS.items():
            start = time.perf_counter()
            size = len(serialiser.render(graph).encode("utf-8"))
            self.stdout.write(f"  {kind}: {time.perf_counter() - start:.2f} s, {size / 1e6:.1f} MB")
