"""`openklachten bench_dashboard`: p50/p95 of the dashboard queries on 1,000,000 synthetic complaints.

Prints numbers; never fails on them (speed goals are not tests). Runs in a temporary directory.
"""

import statistics
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.benchmarks import synthetic_model
from openklachten.publication import query, readmodel

TARGET_MS = 100  # issue 5: overview and search with facets within 100 ms p95, server-side
FILTER_SETS = [
    {},
    {"conclusie": ["gegrond"]},
    {"organisatie_type": ["gemeente"], "van": "2024-01-01", "tot": "2024-12-31"},
    {"thema": ["afval"], "ontvangwijze__niet": ["telefoon"]},
    {"formeel_informeel": ["formeel"], "conclusie": ["gegrond", "deels-gegrond"], "leeftijdsgroep__niet": ["75+"]},
    {"organisatie": ["gm0363"], "van": "2023-01"},
    {"eerstelijns_tweedelijns": ["tweedelijns"], "organisatie_type": ["ombudsman"]},
    {"thema__niet": ["afval"], "organisatie_type": ["gemeente"], "type_klager": ["individu"]},
]
SEARCHES = ["container", "parkeervergunning", "wachttijd telefoon", "bezwaar uitkering", "excuses"]


def _percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Meet p50/p95 van overzicht, facetten, zoeken en vergelijken op 1.000.000 synthetische klachten."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten (standaard 1.000.000).")
        parser.add_argument("--repeat", type=int, default=5, help="Herhalingen per query.")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag (standaard: tijdelijke map).")

    def handle(self, *args, size, repeat, path, **options):
        root = Path(path) if path else Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
        if readmodel.current_dir(root) is None:
            generation, seconds = synthetic_model.build(root, size)
            self.stdout.write(
                f"Leesopslag: {generation.records} klachten, {generation.tokens} zoektermen, "
                f"gebouwd in {seconds:.1f} s ({root})"
            )
        query.use(root)
        query.store.caching = False  # measure the queries, not the answer cache
        try:
            self._run(repeat)
        finally:
            query.store.caching = True
            query.use(None)

    def _run(self, repeat):
        timings: dict[str, list[float]] = {}

        def timed(name, fn):
            started = time.perf_counter()
            fn()
            timings.setdefault(name, []).append((time.perf_counter() - started) * 1000)

        query.overview(query.Filters())  # open the connection and warm the OS page cache once
        per_set: dict[int, list[float]] = {}
        for _ in range(repeat):
            for index, params in enumerate(FILTER_SETS):
                filters = query.Filters.from_params(params)
                timed("overview", lambda filters=filters: query.overview(filters))
                per_set.setdefault(index, []).append(timings["overview"][-1])
                timed("facets", lambda filters=filters: query.facets(filters))
                timed("search (pagina 1)", lambda filters=filters: query.search(filters, "", "datum", 1, 20))
                timed(
                    "search + facets",
                    lambda filters=filters: (query.search(filters, "", "datum", 1, 20), query.facets(filters)),
                )
                timed("compare", lambda filters=filters: query.compare(filters))
                timed("timeseries", lambda filters=filters: query.timeseries(filters))
                for q in SEARCHES:
                    timed(
                        "full-text search", lambda filters=filters, q=q: query.search(filters, q, "relevantie", 1, 20)
                    )
        self.stdout.write(f"{'query':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, values in timings.items():
            p95 = _percentile(values, 95)
            flag = "" if p95 <= TARGET_MS else f"  (boven doel {TARGET_MS} ms)"
            self.stdout.write(
                f"{name:<20} {len(values):>5} {statistics.median(values):>8.1f} {p95:>8.1f} {max(values):>8.1f}{flag}"
            )
        self.stdout.write("\noverview per selectie (p50 ms; kubus = uit de voorgeaggregeerde tabel):")
        for index, params in enumerate(FILTER_SETS):
            path = "kubus" if query.cube.eligible(query.Filters.from_params(params)) else "scan"
            self.stdout.write(f"  {statistics.median(per_set[index]):>7.1f}  {path:<5}  {params or 'alles'}")
