"""Rebuilds: run now (commands) or queue them (web requests), coalesced, with a re-check under the lock.

`request_rebuild()` is the seam for whatever runs rebuilds: today a single background thread per
process and read-model directory; a job runner can call `rebuild(force=False)` the same way. A burst of
requests while a build runs folds into one more build; across processes the build lock in the data
directory plus the re-check under it (is the current generation intact and as new as the registry?)
means N processes asking at once give one build, not N.
"""

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from openklachten.publication.readmodel import (
    connection,
    database,
    freshness,
    generations,
    incremental,
    parts,
    source,
    writer,
)

log = logging.getLogger(__name__)
RETRY_AFTER_FAILURE = 30  # seconds before a request from a reader may try again after a failed build (no storm)


def registry_state():
    from openklachten.registry import sequence

    return sequence.snapshot()


def up_to_date(root: Path, state) -> bool:
    """The current generation is intact and reflects at least the registry's `state`."""
    gen = generations.current_dir(root)
    if gen is None or (root / generations.STALE_FILE).exists():
        return False
    meta = generations.read_meta(gen)
    if generations.sequence(meta, state.epoch) < state.number:
        return False
    return generations.verify(gen, required=(database.DATABASE_FILE,), meta=meta) is None


def rebuild(root: Path, *, force: bool = True, full: bool = False) -> writer.Generation | None:
    """Build a generation from the registry now, in this thread; None when the re-check found nothing to do.

    The sequence number is read before the records: every row read afterwards is at least that new, so
    a generation never claims a state it does not contain (it may contain a little more). Incremental when
    the setting allows and incremental.plan finds it safe (only changed organisations are read again);
    `full` reads everything regardless.
    """
    root = Path(root)
    with generations.build_lock(root):
        state = registry_state()
        if not force and up_to_date(root, state):
            return None
        started = time.monotonic()
        gen = _build(root, state, incremental.plan(root, state, full=full))
        (root / generations.STALE_FILE).unlink(missing_ok=True)
        connection.close_idle(root)  # this process's unused older instances: so the prune can take them too
        generations.prune(root)
        log.info(
            "Leesopslag opgebouwd: %s klachten, volgnummer %s, %.1f s",
            gen.records,
            state.number,
            time.monotonic() - started,
        )
        return gen


def _build(root: Path, state, plan) -> writer.Generation:
    common = {
        "sequence": state.number,
        "epoch": state.epoch,
        "fingerprints": plan.fingerprints,
        "registry": incremental.registry_version(),
    }
    if plan.reuse is not None:
        try:
            return writer.write_generation(
                root,
                source.records(plan.read_again),
                source.organisations(),
                source.deliveries(),
                reuse=plan.reuse,
                **common,
            )
        except parts.PartsUnusable as why:
            log.warning("Leesopslag: volledig opnieuw opgebouwd, de vorige delen zijn niet bruikbaar (%s).", why)
    elif incremental.enabled():
        log.info("Leesopslag: volledig opnieuw opgebouwd (%s).", plan.why_full)
    return writer.write_generation(root, source.records(), source.organisations(), source.deliveries(), **common)


@dataclass
class _Queue:
    """The rebuild requests for one read-model directory in this process, served by at most one thread."""

    root: Path
    cond: threading.Condition = field(default_factory=threading.Condition)
    requested: int = 0
    done: int = 0
    force: bool = False
    thread: threading.Thread | None = None
    failed_at: float | None = None
    builds: int = 0  # generations actually written by this queue (tests, status)

    def submit(self, *, force: bool) -> int:
        with self.cond:
            self.requested += 1
            self.force = self.force or force
            if self.thread is None:
                # Not a daemon: a command that queued a rebuild waits for it before the process exits.
                self.thread = threading.Thread(target=self._run, name=f"leesopslag-{self.root.name}")
                self.thread.start()
            return self.requested

    def wait(self, ticket: int, timeout: float | None = None) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.done >= ticket, timeout)

    def _run(self) -> None:
        from django.db import connections

        try:
            while True:
                with self.cond:
                    if self.done >= self.requested:
                        self.thread = None
                        return
                    target, force, self.force = self.requested, self.force, False
                try:
                    if rebuild(self.root, force=force) is not None:
                        self.builds += 1
                    self.failed_at = None
                except Exception:
                    log.exception(
                        "De leesopslag kon niet opnieuw worden opgebouwd (volgende poging bij het "
                        "volgende verzoek of `openklachten build_readmodel`)."
                    )
                    self.failed_at = time.monotonic()
                with self.cond:
                    self.done = target
                    self.cond.notify_all()
        finally:
            connections.close_all()  # this thread's own database connections


_queues: dict[Path, _Queue] = {}
_queues_lock = threading.Lock()


def queue(root: Path) -> _Queue:
    with _queues_lock:
        return _queues.setdefault(Path(root), _Queue(Path(root)))


def background() -> bool:
    """Queue rather than build in the asking thread: in web requests, unless settings say `direct`."""
    from django.conf import settings

    return freshness.in_request() and getattr(settings, "READMODEL_REBUILD", "achtergrond") == "achtergrond"


def request_rebuild(root: Path, *, force: bool = False, healing: bool = False) -> int | None:
    """Ask for a rebuild; returns a ticket for `queue(root).wait()`, or None when it ran (or was skipped) now.

    `force=False` builds only when the re-check under the lock finds the model behind or damaged.
    `healing=True` marks a request from a reader that found the model missing, damaged or behind: after a
    failed build those are ignored for RETRY_AFTER_FAILURE seconds, so a broken disk does not cause a storm.
    """
    pending = queue(root)
    if healing and pending.failed_at is not None and time.monotonic() - pending.failed_at < RETRY_AFTER_FAILURE:
        return None
    if background():
        return pending.submit(force=force)
    try:
        rebuild(root, force=force)
        pending.failed_at = None
    except Exception:
        pending.failed_at = time.monotonic()
        if not healing:
            raise
        log.exception("De leesopslag kon niet opnieuw worden opgebouwd.")
    return None
