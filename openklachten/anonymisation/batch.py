"""Batch anonymisation for the import pipeline: every core, workers load the lookup lists once."""

import os
from collections.abc import Iterable, Iterator
from multiprocessing import get_context

from openklachten.anonymisation.entities import Result

# Below this many texts a process pool costs more (start-up, list loading) than it saves.
POOL_THRESHOLD = 200
# Texts per task sent to a worker: large enough to amortise pickling, small enough to balance the cores.
CHUNK_SIZE = 32


def _warm_up() -> None:
    from openklachten.anonymisation import lookup, riskmodel
    from openklachten.anonymisation.detector_catalogue import all_detectors

    lookup.warm_up()
    all_detectors()
    riskmodel.shipped()  # the risk scorer's weights, shared by the forked workers too


def _one(item: tuple[str, tuple[str, ...]]) -> Result:
    from openklachten.anonymisation.engine import anonymise

    text, names = item
    return anonymise(text, names)


def anonymise_many(items: Iterable[tuple[str, Iterable[str]]], processes: int | None = None) -> Iterator[Result]:
    """Results in input order for (text, names) pairs; uses all cores unless `processes` says otherwise."""
    work = [(text or "", tuple(names or ())) for text, names in items]
    processes = processes or os.cpu_count() or 1
    if processes <= 1 or len(work) < POOL_THRESHOLD:
        _warm_up()
        yield from map(_one, work)
        return
    # Lists and compiled patterns are loaded before the fork, so every worker shares them instead of paying
    # ~0.5 s CPU each to load them again (the initializer then finds them in place).
    _warm_up()
    with get_context("fork").Pool(processes, initializer=_warm_up) as pool:
        yield from pool.imap(_one, work, chunksize=CHUNK_SIZE)
