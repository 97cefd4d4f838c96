"""`openklachten bench_exports`: seconds and peak memory to stream 1,000,000 rows in every bulk format.

Each format runs in a fresh child process, so its peak RSS is the export's own, not the build's.
Prints numbers; never fails on them.
"""

import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand

TARGET_SECONDS = 30  # issue 6: 1,000,000 rows in under 30 s per format


def _build(root: str, size: int, queue) -> None:
    import django

    django.setup()
    from openklachten.demo import synthetic
    from openklachten.publication import readmodel

    started = time.perf_counter()
    records, organisations = synthetic.records(size)
    generation = readmodel.write_records(records, root, organisations)
    queue.put((generation.records, time.perf_counter() - started))


def _export(root: str, name: str, queue) -> None:
    import django

    django.setup()
    from openklachten.publication import query
    from openklachten.publication.exports.formats import FORMATS

    query.use(root)
    fmt = FORMATS[name]
    started = time.perf_counter()
    size = 0
    reader = query.rows(query.Filters(), as_json=fmt.json_rows)
    for chunk in fmt.write(reader):
        size += len(chunk)  # bytes are counted and dropped, as a socket would take them
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, peak_mb, size))


class Command(BaseCommand):
    help = "Meet hoe snel en met hoeveel geheugen 1.000.000 klachten in elk bulkformaat worden gestreamd."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten (standaard 1.000.000).")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag (standaard: tijdelijke map).")

    def handle(self, *args, size, path, **options):
        from openklachten.publication import readmodel
        from openklachten.publication.exports.formats import FORMATS

        root = Path(path) if path else Path(tempfile.mkdtemp(prefix="bench-exports-"))
        context = multiprocessing.get_context("spawn")
        if readmodel.current_dir(root) is None:
            # Built in a child too: a child inherits its parent's peak RSS, which would then hide the export's.
            queue = context.Queue()
            child = context.Process(target=_build, args=(str(root), size, queue))
            child.start()
            records, seconds = queue.get()
            child.join()
            self.stdout.write(f"Leesopslag: {records} klachten in {seconds:.1f} s")
        self.stdout.write(f"{'formaat':<10} {'seconden':>9} {'piek RSS MB':>12} {'MB uit':>8}")
        for name in FORMATS:
            queue = context.Queue()
            child = context.Process(target=_export, args=(str(root), name, queue))
            child.start()
            seconds, peak_mb, size_out = queue.get()
            child.join()
            flag = "" if seconds < TARGET_SECONDS else f"  (boven doel {TARGET_SECONDS} s)"
            self.stdout.write(f"{name:<10} {seconds:>9.1f} {peak_mb:>12.0f} {size_out / 1e6:>8.0f}{flag}")
