"""Benchmark the demo generator: `python -m openklachten.demo --size 1000000 --records-only`.

Prints records per second (and files per second when files are written); a speed goal lives here,
not in a timed test.
"""

import argparse
import json
import tempfile
import time

from openklachten.demo import generate_records, write_deliveries
from openklachten.demo.corpus import annotated_texts


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m openklachten.demo", description="Meet de snelheid van de demodatagenerator."
    )
    parser.add_argument("--size", type=int, default=50_000, help="aantal klachten (standaard 50000)")
    parser.add_argument("--seed", type=int, default=2024, help="startwaarde van de toevalsgenerator")
    parser.add_argument("--records-only", action="store_true", help="alleen records maken, geen bestanden schrijven")
    parser.add_argument("--output", help="map voor de bestanden (standaard een tijdelijke map)")
    parser.add_argument(
        "--corpus", metavar="PAD", help="schrijf de teksten als geannoteerd JSONL-corpus (pii-dev-formaat)"
    )
    args = parser.parse_args(argv)

    if args.corpus:
        with open(args.corpus, "w", encoding="utf-8") as handle:
            count = 0
            for document in annotated_texts(args.size, args.seed):
                handle.write(json.dumps(document, ensure_ascii=False) + "\n")
                count += 1
        print(f"{count} geannoteerde teksten geschreven naar {args.corpus}")
        return

    started, cpu_started = time.perf_counter(), time.process_time()
    if args.records_only:
        count = sum(1 for _ in generate_records(args.size, args.seed))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        print(
            f"{count} records in {elapsed:.1f} s ({cpu:.1f} s CPU): {count / elapsed:,.0f} records/s, "
            f"{count / cpu:,.0f} records per CPU-seconde"
        )
        return
    with tempfile.TemporaryDirectory(prefix="openklachten-demo-") as scratch:
        files = write_deliveries(args.output or scratch, args.size, args.seed)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rows = sum(f.rows for f in files)
    print(
        f"{rows} records in {len(files)} bestanden in {elapsed:.1f} s ({cpu:.1f} s CPU): "
        f"{rows / elapsed:,.0f} records/s, {len(files) / elapsed:,.1f} bestanden/s"
    )


if __name__ == "__main__":
    main()
