"""The read model: a columnar, read-optimised copy of Complaint.published (Parquet, queried with DuckDB).

The registry stays the system of record. Every change there advances its publication sequence; the read
model is rebuilt after it (`request_rebuild`, coalesced) and each generation records the sequence number
it reflects. Readers are refused (ReadModelUnavailable -> 503) a generation that is missing, damaged, or
older than the latest withdrawal or review decision; meanwhile the rebuild that heals it is requested once.
"""

import logging
import time
from pathlib import Path

from openklachten.publication.readmodel import connection, freshness, generations, rebuilds, writer
from openklachten.publication.readmodel.errors import (
    ReadModelDamaged,
    ReadModelMissing,
    ReadModelStale,
    ReadModelUnavailable,
    with_retry_after,
)
from openklachten.publication.readmodel.writer import Generation

__all__ = [
    "Generation",
    "ReadModelDamaged",
    "ReadModelMissing",
    "ReadModelStale",
    "ReadModelUnavailable",
    "connect",
    "current_dir",
    "current_generation",
    "lease",
    "rebuild",
    "request_rebuild",
    "root",
    "status",
    "write_records",
]
log = logging.getLogger(__name__)
LAG_LOG_INTERVAL = 60  # seconds between two log lines about the same lag (every request would flood the log)
_lag_logged: dict[tuple, float] = {}


def root() -> Path:
    from django.conf import settings

    return Path(settings.READMODEL_PATH)


def current_dir(path=None) -> Path | None:
    return writer.current_dir(Path(path) if path else root())


def rebuild(path=None, *, full: bool = False) -> Generation:
    """Rebuild from the registry's published complaints now and switch to the new generation (always builds).

    Incremental when the setting allows it and it is safe (rebuilds.rebuild); `full`: read everything again.
    """
    return rebuilds.rebuild(Path(path) if path else root(), force=True, full=full)


def request_rebuild(path=None, *, force: bool = False) -> int | None:
    """Ask for a rebuild (queued in web requests, run now elsewhere); the seam for jobs and commands.

    Without `force` it is skipped when the current generation is intact and as new as the registry.
    """
    return rebuilds.request_rebuild(Path(path) if path else root(), force=force)


def write_records(records, path, organisations=(), deliveries=()) -> Generation:
    """Build a read model from plain record dicts (benchmarks, demo data) through the same writer."""
    return writer.write_generation(Path(path), records, organisations, deliveries)


def _checked_lease(path=None) -> connection.Lease:
    """This thread's lease on a generation that may be served; raises ReadModelUnavailable otherwise."""
    if path is not None:  # an explicitly chosen model (benchmarks, tests): not tied to the registry
        return connection.thread_lease(Path(path))
    target = root()
    if freshness.checked(target):  # once per web request
        return connection.thread_lease(target, recheck=False)
    if (target / generations.STALE_FILE).exists():
        rebuilds.request_rebuild(target, healing=True)  # the re-check treats a marked model as behind
        if (target / generations.STALE_FILE).exists():
            raise ReadModelStale()
    try:
        held = _intact_lease(target)
    except (ReadModelMissing, ReadModelDamaged) as error:
        log.warning("Leesopslag niet bruikbaar (%s): opnieuw opbouwen aangevraagd.", error)
        rebuilds.request_rebuild(target, healing=True)
        if rebuilds.background():
            raise
        held = _intact_lease(target)  # built just now in this thread (or raises again)
    verdict = freshness.verdict(held.meta)
    if verdict.behind:
        from openklachten.publication.readmodel import jobs

        # Behind only by imports while a rebuild job waits or runs: the worker builds; a web server process that
        # built as well would hold a whole build's memory next to its requests (and only wait for the lock).
        if not (verdict.serveable and jobs.pending()):
            rebuilds.request_rebuild(target, healing=True)
        if not verdict.serveable and not rebuilds.background():
            held = connection.thread_lease(target)
            verdict = freshness.verdict(held.meta)
        if not verdict.serveable:
            raise with_retry_after(ReadModelStale(), held.meta.get("bouwtijd_s"))
        _log_lag(target, verdict)
    freshness.mark_checked(target)
    return held


def _intact_lease(target: Path) -> connection.Lease:
    """The thread's lease, after checking that the generation's files are still what meta.json says.

    Opening verifies sizes and checksums; this re-check (a few stat calls per request, checksums only for
    files that changed) catches a file truncated or replaced while the generation is already open.
    """
    held = connection.thread_lease(target)
    if connection.forget_damaged(held.generation):
        raise ReadModelDamaged(connection.damage(held.generation))
    return held


def _log_lag(target: Path, verdict) -> None:
    key = (target, verdict.registry)
    now = time.monotonic()
    if now - _lag_logged.get(key, -LAG_LOG_INTERVAL) >= LAG_LOG_INTERVAL:
        _lag_logged[key] = now
        log.warning(
            "De leesopslag loopt %s wijziging(en) achter op het register (alleen toevoegingen): "
            "de oudere versie blijft zichtbaar tot de nieuwe klaar is.",
            verdict.behind,
        )


def connect(path=None):
    """This thread's read-only DuckDB cursor on a generation that may be served."""
    return _checked_lease(path).cursor


def lease(path=None) -> connection.Lease:
    """A cursor that keeps its generation open until `.release()` (a download that outlives a switch)."""
    _checked_lease(path)
    return connection.lease(Path(path) if path else root())


def current_generation(path=None) -> Path | None:
    """The generation this thread reads: the one to cache answers under."""
    return connection.thread_generation(Path(path) if path else root())


def damaged_after_error() -> ReadModelDamaged | None:
    """After a DuckDB error: were this thread's generation's files changed under it? Then a rebuild and a 503."""
    gen = current_generation()
    problem = connection.forget_damaged(gen) if gen is not None else None
    if problem is None:
        return None
    log.error("Leesopslag beschadigd tijdens gebruik (%s): opnieuw opbouwen aangevraagd.", problem)
    rebuilds.request_rebuild(root(), healing=True)
    return ReadModelDamaged(problem)


def status(path=None) -> dict:
    """What the operator needs to know: which generation, which sequence number, how far behind, intact or not."""
    target = Path(path) if path else root()
    gen = writer.current_dir(target)
    meta = generations.read_meta(gen) if gen else {}
    verdict = freshness.verdict(meta)
    return {
        "generatie": gen.name if gen else None,
        "volgnummer": meta.get("volgnummer"),
        "register_volgnummer": verdict.registry,
        "laatste_verwijdering": verdict.removal,
        "achterstand": verdict.behind,
        "serveerbaar": bool(gen) and verdict.serveable,
        "probleem": generations.verify(gen, meta=meta) if gen else "er is nog geen leesopslag",
        "aantal_klachten": meta.get("aantal_klachten"),
        "bouwtijd_s": meta.get("bouwtijd_s"),
    }


def on_publication_changed(sender=None, reason: str = "", sequence: int | None = None, **kwargs) -> None:
    """Receiver for registry.signals.publication_changed (connected in ReadModelConfig.ready).

    The registry has already committed and advanced its sequence. After an import in a background job a
    rebuild job is queued; in a web request the rebuild is queued (the response does not wait); in a command
    it runs now, so the command reports a failure: after an
    import only in the log (the previous generation keeps serving, nothing withdrawn is exposed), after a
    withdrawal or review decision as ReadModelStale with a Dutch message. Either way the public side refuses
    a generation older than the last withdrawal, also if this process dies before the rebuild lands.
    """
    from openklachten.registry.jobs.runner import in_worker
    from openklachten.registry.sequence import ONLY_ADDS

    force = sequence is None  # a signal without a sequence number (older senders): build regardless
    target = root()
    if in_worker() and reason in ONLY_ADDS and not force:
        # An import job: the build gets a job of its own (readmodel/jobs.py), so the worker never holds the
        # import's memory and the build's at once; the previous generation serves meanwhile.
        from openklachten.publication.readmodel import jobs

        jobs.enqueue()
        return
    if rebuilds.background():
        rebuilds.request_rebuild(target, force=force)
        return
    try:
        rebuilds.rebuild(target, force=force)
    except Exception as error:
        log.exception("De leesopslag kon niet opnieuw worden opgebouwd.")
        if reason in ONLY_ADDS:
            return
        raise ReadModelStale() from error
