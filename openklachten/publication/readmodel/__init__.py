"""The read model: a columnar, read-optimised copy of Complaint.published (Parquet, queried with DuckDB).

Rebuilt as a whole on every `registry.signals.publication_changed`; the registry stays the system of record.
"""

import logging
from pathlib import Path

from openklachten.publication.readmodel import source, writer
from openklachten.publication.readmodel.connection import ReadModelMissing
from openklachten.publication.readmodel.connection import connect as _connect
from openklachten.publication.readmodel.writer import Generation

__all__ = ["Generation", "ReadModelMissing", "connect", "current_dir", "rebuild", "root", "write_records"]


def root() -> Path:
    from django.conf import settings

    return Path(settings.READMODEL_PATH)


def current_dir(path=None) -> Path | None:
    return writer.current_dir(Path(path) if path else root())


def rebuild(path=None) -> Generation:
    """Rebuild from the registry's published complaints and switch to the new generation."""
    return writer.write_generation(
        Path(path) if path else root(), source.records(), source.organisations(), source.deliveries()
    )


def write_records(records, path, organisations=(), deliveries=()) -> Generation:
    """Build a read model from plain record dicts (benchmarks, demo data) through the same writer."""
    return writer.write_generation(Path(path), records, organisations, deliveries)


def connect(path=None):
    """A read-only DuckDB connection for this thread; builds the model first when none exists yet."""
    target = Path(path) if path else root()
    try:
        return _connect(target)
    except ReadModelMissing:
        if path is not None:
            raise
        rebuild(target)
        return _connect(target)


def on_publication_changed(sender=None, **kwargs) -> None:
    """Receiver for registry.signals.publication_changed.

    The registry has already committed: a failed rebuild must not undo or fail the import, so it is
    logged loudly and the previous generation keeps serving until `openklachten build_readmodel` runs.
    """
    try:
        rebuild()
    except Exception:
        logging.getLogger(__name__).exception("De leesopslag kon niet opnieuw worden opgebouwd.")
