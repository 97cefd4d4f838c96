"""A read model of synthetic complaints for the benchmarks: built once per run, timed."""

import time
from pathlib import Path

from openklachten.demo import synthetic
from openklachten.publication import readmodel


def build(root: Path | str, size: int):
    """Write `size` synthetic complaints as a generation under `root`; returns (generation, seconds)."""
    started = time.perf_counter()
    records, organisations = synthetic.records(size)
    generation = readmodel.write_records(records, root, organisations)
    return generation, time.perf_counter() - started
