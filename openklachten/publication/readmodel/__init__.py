"""The read model: a columnar, read-optimised copy of Complaint.published (Parquet, queried with DuckDB).

Rebuilt as a whole on every `registry.signals.publication_changed`; the registry stays the system of record.
"""

import logging
from pathlib import Path

from openklachten.publication.readmodel import connection, source, writer
from openklachten.publication.readmodel.connection import STALE_FILE, ReadModelMissing, ReadModelStale
from openklachten.publication.readmodel.connection import connect as _connect
from openklachten.publication.readmodel.writer import Generation

__all__ = ["Generation", "ReadModelMissing", "ReadModelStale", "connect", "current_dir", "rebuild", "root", "write_records"]


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


# Reasons after which the previous generation may hold complaints that must no longer be public.
ONLY_ADDS = frozenset({"import"})


def mark_stale(path=None) -> None:
    """Stop serving the current generation (connect() raises ReadModelStale) until a rebuild succeeds."""
    target = Path(path) if path else root()
    target.mkdir(parents=True, exist_ok=True)
    (target / STALE_FILE).write_text(connection.stale_message(), encoding="utf-8")


def on_publication_changed(sender=None, reason: str = "", **kwargs) -> None:
    """Receiver for registry.signals.publication_changed.

    The registry has already committed. After an import a failed rebuild only delays new data, so it
    is logged and the previous generation keeps serving. After a withdrawal or a review decision
    (or a batch that may hold one) the previous generation may still show what was withdrawn: the
    model is marked stale, so nothing public serves it, and the error is re-raised with a Dutch
    message so the command or web view that withdrew fails visibly.
    """
    try:
        rebuild()
    except Exception as error:
        logging.getLogger(__name__).exception("De leesopslag kon niet opnieuw worden opgebouwd.")
        if reason in ONLY_ADDS:
            return
        mark_stale()
        raise ReadModelStale() from error
