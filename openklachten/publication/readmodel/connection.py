"""Read-only DuckDB connections over the current generation: one per thread, reopened on a switch."""

import threading
from pathlib import Path

import duckdb

from openklachten.publication.readmodel import database, writer

DUCKDB_THREADS = 2  # the production and benchmark machines have 2 cores; more threads only contend

_local = threading.local()
_lock = threading.Lock()
_bases: dict[Path, duckdb.DuckDBPyConnection] = {}


STALE_FILE = writer.STALE_FILE


class ReadModelMissing(RuntimeError):
    """No generation has been built at this path yet."""


class ReadModelStale(RuntimeError):
    """The current generation may still hold complaints the registry has withdrawn: it must not be served."""

    def __init__(self, detail: str = ""):
        super().__init__(detail or stale_message())


# What the public sees meanwhile (the operator's instruction is in the log and the failing command).
PUBLIC_STALE_MESSAGE = "De gepubliceerde gegevens worden bijgewerkt. Probeer het over een paar minuten opnieuw."


def stale_message() -> str:
    return ("Ingetrokken in het register, maar de publieke kopie is niet bijgewerkt: draai openklachten "
            "build_readmodel. Tot dan toont de publieke kant geen klachten.")


def _base(gen: Path) -> duckdb.DuckDBPyConnection:
    """One read-only database instance per generation and process; threads get cursors on it."""
    with _lock:
        con = _bases.get(gen)
        if con is None:
            # Keep the previous generation open: another thread may still be reading from it.
            older = sorted(g for g in _bases if g.parent == gen.parent)
            for old in older[:-1]:
                _bases.pop(old).close()
            con = duckdb.connect(str(gen / database.DATABASE_FILE), read_only=True,
                                 config={"threads": DUCKDB_THREADS})
            # Nothing else on disk is reachable through a public connection: only this generation.
            con.execute(f"SET allowed_directories = ['{gen}/']")
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
            _bases[gen] = con
        return con


def connect(root) -> duckdb.DuckDBPyConnection:
    """This thread's cursor on the current generation under `root`."""
    root = Path(root)
    if (root / STALE_FILE).exists():  # one stat per query: cheap next to serving a withdrawn complaint
        raise ReadModelStale()
    gen = writer.current_dir(root)
    if gen is None:
        raise ReadModelMissing(str(root))
    cache = getattr(_local, "connections", None)
    if cache is None:
        cache = _local.connections = {}
    known = cache.get(root)
    if known and known[0] == gen:
        return known[1]
    cursor = _base(gen).cursor()
    cache[root] = (gen, cursor)
    return cursor
