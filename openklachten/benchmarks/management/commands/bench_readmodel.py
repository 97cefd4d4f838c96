"""`openklachten bench_readmodel [--size 1000000]`: seconds and peak memory of one read-model rebuild.

The rebuild runs in a fresh child process (its peak RSS is the build's own) over the synthetic demo records
through `readmodel.write_records`, the writer every rebuild uses; a second child opens the generation the
way a server process does (sizes and checksums verified) and answers one query. Prints numbers; never fails on them.
"""

import multiprocessing
import resource
import tempfile
import time

from django.core.management.base import BaseCommand


def _build(root: str, size: int, queue) -> None:
    import django

    django.setup()
    from openklachten.demo import synthetic
    from openklachten.publication import readmodel
    from openklachten.publication.readmodel import generations

    started = time.perf_counter()
    records, organisations = synthetic.records(size)
    generation = readmodel.write_records(records, root, organisations)
    seconds = time.perf_counter() - started
    meta = generations.read_meta(generation.path)
    queue.put(
        {
            "records": generation.records,
            "seconds": seconds,
            "build_seconds": meta.get("bouwtijd_s"),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "files": {name: f["bytes"] for name, f in meta["bestanden"].items()},
        }
    )


def _open(root: str, queue) -> None:
    import django

    django.setup()
    from openklachten.publication import readmodel

    started = time.perf_counter()
    count = readmodel.connect(root).execute("SELECT count(*) FROM klachten").fetchall()[0][0]
    queue.put({"seconds": time.perf_counter() - started, "count": count})


def _child(target, *args):
    queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


class Command(BaseCommand):
    help = (
        "Meet hoe lang het opnieuw opbouwen van de leesopslag duurt en hoeveel geheugen het kost (1.000.000 klachten)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten (standaard 1.000.000).")

    def handle(self, *args, size, **options):
        with tempfile.TemporaryDirectory(prefix="openklachten-bench-readmodel-") as root:
            built = _child(_build, root, size)
            opened = _child(_open, root)
            total_mb = sum(built["files"].values()) / 1e6
            self.stdout.write(
                f"rebuild {built['records']:,} klachten: {built['seconds']:.1f} s (writer {built['build_seconds']} s, "
                f"incl. checksums), piekgeheugen {built['peak_mb']:.0f} MB, generatie {total_mb:.0f} MB"
            )
            for name, size_ in sorted(built["files"].items()):
                self.stdout.write(f"  {name}: {size_ / 1e6:.1f} MB")
            self.stdout.write(
                f"eerste opening in een nieuw proces (controle van groottes en sha256 + 1 query): "
                f"{opened['seconds']:.2f} s, {opened['count']:,} klachten"
            )
