"""Signals other components listen to; the registry is the only sender."""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.dispatch import Signal

# Sent after a commit that changed what is public (import, withdrawal, review decision).
# Keyword arguments: organisation_ids (list[int]), reason (str: "import", "withdraw", "review").
publication_changed = Signal()

_batch = threading.local()


def send_after_commit(sender, organisation_ids, reason: str) -> None:
    """Queue publication_changed for when the surrounding transaction commits (now if none)."""
    ids = sorted(set(organisation_ids))
    pending = getattr(_batch, "pending", None)
    if pending is not None:
        transaction.on_commit(lambda: pending.append((ids, reason)))
        return
    transaction.on_commit(lambda: publication_changed.send(sender=sender, organisation_ids=ids, reason=reason))


@contextmanager
def batched(sender=None):
    """Collect the signals of many imports (the demo loads hundreds) and send one at the end.

    Listeners rebuild the read model on every signal; one rebuild after the last delivery instead
    of one per delivery keeps a bulk load fast.
    """
    if getattr(_batch, "pending", None) is not None:  # already inside a batch: the outer one sends
        yield
        return
    _batch.pending = []
    try:
        yield
    finally:
        pending, _batch.pending = _batch.pending, None
        if pending:
            ids = sorted({i for batch_ids, _ in pending for i in batch_ids})
            reasons = sorted({reason for _, reason in pending})
            publication_changed.send(sender=sender, organisation_ids=ids, reason=reasons[0] if len(reasons) == 1 else "bulk")
