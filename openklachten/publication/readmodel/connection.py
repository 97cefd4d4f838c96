"""Read-only DuckDB connections over a generation: one instance per generation and process, held by leases.

A thread's cursor holds a lease on the generation it reads, and so does every export stream; an
instance is closed only when nobody holds it and it is no longer current, so a switch never cuts a
running query or download short. A generation is verified against its meta.json when opened.
"""

import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from openklachten.publication.readmodel import database, generations
from openklachten.publication.readmodel.errors import (  # noqa: F401 - re-exported for callers
    PUBLIC_STALE_MESSAGE,
    ReadModelDamaged,
    ReadModelMissing,
    ReadModelStale,
    ReadModelUnavailable,
    stale_message,
    with_retry_after,
)

DUCKDB_THREADS = 2  # the production and benchmark machines have 2 cores; more threads only contend
OPEN_ATTEMPTS = 3  # a generation pruned between reading CURRENT and opening it: read CURRENT again


@dataclass(eq=False)
class _Instance:
    gen: Path
    con: duckdb.DuckDBPyConnection
    meta: dict
    held: object  # the open meta.json with a shared flock: "in use" for other processes' pruning
    users: int = 0
    closed: bool = field(default=False)


_lock = threading.Lock()
_instances: dict[Path, _Instance] = {}
_newest: dict[Path, Path] = {}  # root -> the newest generation this process has opened
_damaged: dict[Path, str] = {}  # generation -> what is wrong with it
_local = threading.local()


def _open(gen: Path) -> _Instance:
    held = generations.hold(gen)
    try:
        meta = generations.read_meta(gen)
        problem = generations.verify(gen, required=(database.DATABASE_FILE,), meta=meta)
        if problem:
            _damaged[gen] = problem
            raise with_retry_after(ReadModelDamaged(problem), meta.get("bouwtijd_s"))
        con = duckdb.connect(str(gen / database.DATABASE_FILE), read_only=True, config={"threads": DUCKDB_THREADS})
        # Nothing else on disk is reachable through a public connection: only this generation.
        con.execute(f"SET allowed_directories = ['{gen}/']")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        held.close()
        raise
    return _Instance(gen, con, meta, held)


def _acquire(gen: Path) -> _Instance:
    with _lock:
        if gen in _damaged:
            raise ReadModelDamaged(_damaged[gen])
        instance = _instances.get(gen)
        if instance is None:
            instance = _instances[gen] = _open(gen)
            root = gen.parent
            if root not in _newest or _newest[root].name < gen.name:
                _newest[root] = gen
        instance.users += 1
        return instance


def _release(instance: _Instance) -> None:
    with _lock:
        instance.users -= 1
        if instance.users <= 0 and _newest.get(instance.gen.parent) != instance.gen:
            _close(instance)


def _close(instance: _Instance) -> None:
    if not instance.closed:
        instance.closed = True
        instance.con.close()
        instance.held.close()  # lets another process's prune remove it
        _instances.pop(instance.gen, None)


def close_idle(root: Path) -> None:
    """Close this process's instances of older generations under `root` that no lease holds any more."""
    current = generations.current_dir(root)
    with _lock:
        if current is not None:
            _newest[Path(root)] = current
        for instance in [i for i in _instances.values() if i.gen.parent == Path(root)]:
            if instance.users <= 0 and instance.gen != current:
                _close(instance)


class Lease:
    """A cursor on one generation that keeps it open until released (or garbage-collected)."""

    def __init__(self, instance: _Instance):
        self.generation = instance.gen
        self.meta = instance.meta
        self.cursor = instance.con.cursor()
        self._finalizer = weakref.finalize(self, _end_lease, self.cursor, instance)

    def release(self) -> None:
        self._finalizer()


def _end_lease(cursor, instance) -> None:
    try:
        cursor.close()
    finally:
        _release(instance)


def _lease_current(root: Path) -> Lease:
    for attempt in range(OPEN_ATTEMPTS):
        gen = generations.current_dir(root)
        if gen is None:
            raise ReadModelMissing(str(root))
        try:
            return Lease(_acquire(gen))
        except FileNotFoundError:  # pruned between reading CURRENT and opening it
            if attempt == OPEN_ATTEMPTS - 1:
                raise ReadModelMissing(str(root)) from None
    raise AssertionError("unreachable")


def thread_lease(root, *, recheck: bool = True) -> Lease:
    """This thread's lease on the current generation under `root` (renewed when CURRENT has moved on)."""
    root = Path(root)
    leases = getattr(_local, "leases", None)
    if leases is None:
        leases = _local.leases = {}
    known = leases.get(root)
    if known is not None and (not recheck or generations.current_dir(root) == known.generation):
        if known.generation in _damaged:
            raise ReadModelDamaged(_damaged[known.generation])
        return known
    fresh = _lease_current(root)
    leases[root] = fresh
    if known is not None:
        known.release()
    return fresh


def release_thread_leases() -> None:
    """Drop this thread's leases (a thread that will not read again, e.g. a server's warm-up): an instance
    stays open while it is current, but a lease nobody renews would keep an old generation open forever."""
    for held in getattr(_local, "leases", {}).values():
        held.release()
    _local.leases = {}


def connect(root) -> duckdb.DuckDBPyConnection:
    """This thread's cursor on the current generation under `root`."""
    return thread_lease(root).cursor


def lease(root) -> Lease:
    """A separate lease on the generation this thread reads (exports): release it when the stream ends."""
    pinned = thread_lease(root, recheck=False)
    return Lease(_acquire(pinned.generation))


def thread_generation(root) -> Path | None:
    """The generation this thread's cursor reads (what its answers must be cached under)."""
    known = getattr(_local, "leases", {}).get(Path(root))
    return known.generation if known is not None else generations.current_dir(Path(root))


def damage(gen: Path) -> str | None:
    return _damaged.get(gen)


def forget_damaged(gen: Path) -> str | None:
    """Drop a generation found damaged while open; returns what was wrong (None if it checks out)."""
    problem = generations.verify(gen, required=(database.DATABASE_FILE,))
    if problem:
        with _lock:
            _damaged[gen] = problem
    return problem
