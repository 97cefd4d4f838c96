"""Does the read model reflect the registry? Compare a generation's sequence number with the database's.

The registry advances its publication sequence in the same transaction as every change (registry.sequence).
A generation older than the latest change that may have removed something (a withdrawal, a review decision)
must not be served; one that only lacks newer imports may be, and its lag is logged.
Within one web request the database is asked once (the middleware opens a request scope).
"""

import contextlib
import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)
_scope = threading.local()


@dataclass(frozen=True)
class Verdict:
    generation: int
    registry: int
    removal: int

    @property
    def serveable(self) -> bool:
        return self.generation >= 0 and self.generation >= self.removal

    @property
    def behind(self) -> int:
        """How many changes the generation lacks (0: up to date)."""
        return max(0, self.registry - self.generation) if self.generation >= 0 else max(1, self.registry)


@contextlib.contextmanager
def request_scope():
    """One web request: the registry's state is read at most once, and background rebuilds are preferred.

    Re-entrant: the page cache (publication.site.pagecache) opens the scope further out than the
    middleware that serves the 503; the inner one then shares what the outer one already read.
    """
    if in_request():
        yield
        return
    _scope.state, _scope.checked, _scope.active = None, set(), True
    try:
        yield
    finally:
        _scope.state, _scope.checked, _scope.active = None, set(), False


def in_request() -> bool:
    return getattr(_scope, "active", False)


def checked(root) -> bool:
    """This request already found the generation under `root` fit to serve."""
    return in_request() and root in _scope.checked


def mark_checked(root) -> None:
    if in_request():
        _scope.checked.add(root)


def registry_state():
    """The committed publication sequence (memoised for the rest of the request)."""
    from openklachten.registry import sequence

    if in_request() and _scope.state is not None:
        return _scope.state
    state = sequence.snapshot()
    if in_request():
        _scope.state = state
    return state


def verdict(meta: dict) -> Verdict:
    """Compare a generation's meta.json with the registry (a generation of another count is never serveable)."""
    from openklachten.publication.readmodel import generations

    state = registry_state()
    return Verdict(generations.sequence(meta, state.epoch), state.number, state.removal_number)
