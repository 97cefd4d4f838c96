"""DuckDB limits for a read-model build: memory, threads, and where to spill what does not fit.

A build holds the whole published set in DuckDB (k-anonymity, the full-text index, the query copy). Without
a limit DuckDB takes up to 80% of the machine's memory, which starves the site on the same machine; with
one it spills sorts, joins and aggregates to temporary files (not every operator: see DEFAULT_MEMORY).
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

# No default cap: at 1M complaints the full-text step ran out of memory under 2GB (it does not spill enough);
# an operator who sets one must leave that step room (docs/deploy.md).
DEFAULT_MEMORY = ""
DEFAULT_THREADS = 2  # the production machine's cores; more only adds memory per thread


def _settings():
    from django.conf import settings

    return settings if settings.configured else None


def memory_limit() -> str:
    """The configured cap, or "" for DuckDB's own (80% of the machine's memory)."""
    return str(getattr(_settings(), "READMODEL_BUILD_MEMORY", None) or DEFAULT_MEMORY)


def threads() -> int:
    return int(getattr(_settings(), "READMODEL_BUILD_THREADS", None) or DEFAULT_THREADS)


def temp_root(root: Path) -> Path:
    """`$OPENKLACHTEN_DATA_DIR/tmp` (local disk, even when the read model lives on a shared volume)."""
    data_dir = getattr(_settings(), "DATA_DIR", None)
    return Path(data_dir) / "tmp" if data_dir else Path(root) / ".tmp"


@contextlib.contextmanager
def spill_directory(root: Path):
    """A fresh directory for this build's spill files, removed afterwards (also after a failed build)."""
    base = temp_root(root)
    base.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f"leesopslag-{os.getpid()}-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def config(spill: Path) -> dict:
    """The `duckdb.connect(config=...)` of every connection a build opens."""
    config = {"threads": threads(), "temp_directory": str(spill)}
    if memory_limit():
        config["memory_limit"] = memory_limit()
    return config
