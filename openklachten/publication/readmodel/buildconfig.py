"""DuckDB limits for a read-model build: memory, threads, and where to spill what does not fit.

A build holds the whole published set in DuckDB (k-anonymity, the full-text index, the query copy). Within
the limit DuckDB spills sorts, joins and aggregates to temporary files; the full-text index is built in
blocks (fulltext.build_index) because one join + DISTINCT over everything did not spill enough.
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

# Without a setting: half the machine, at most 3.5 GB, so that the build process (DuckDB plus Python and Arrow,
# ~0.5 GB more RSS) stays within the 4 GB target. DuckDB's own default (80%) starves the site on the same
# machine; since the full-text index is built in blocks, 1M complaints build within 2 GB.
DEFAULT_MEMORY_MB = 3584
DEFAULT_MEMORY_SHARE = 0.5
DEFAULT_THREADS = 2  # the production machine's cores; more only adds memory per thread


def _settings():
    from django.conf import settings

    return settings if settings.configured else None


def default_memory() -> str:
    """Half the machine's memory, at most DEFAULT_MEMORY_MB."""
    try:
        machine_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1 << 20)
    except (ValueError, OSError, AttributeError):  # no sysconf (not Linux/macOS): the plain cap
        return f"{DEFAULT_MEMORY_MB}MB"
    return f"{max(256, min(DEFAULT_MEMORY_MB, int(machine_mb * DEFAULT_MEMORY_SHARE)))}MB"


def memory_limit() -> str:
    """The configured cap, else half the machine's memory up to 3.5 GB (default_memory)."""
    return str(getattr(_settings(), "READMODEL_BUILD_MEMORY", None) or default_memory())


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
    return {"threads": threads(), "temp_directory": str(spill), "memory_limit": memory_limit()}
