"""Signals other components listen to; the registry is the only sender."""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.dispatch import Signal

# Sent after a commit that changed what is public (import, withdrawal, review decision).
# Keyword arguments: organisation_ids (list[int]), reason (str: "import", "withdraw", "review", "bulk"),
# sequence (int: the publication sequence number of the change, see registry.sequence).
publication_changed = Signal()

_batch = threading.local()


def send_after_commit(sender, organisation_ids, reason: str) -> None:
    """Count the change in the publication sequence (in the caller's transaction) and queue publication_changed
    for when that transaction commits (now if none).

    Every change in what is public goes through here: the sequence number is what tells the public side
    that its copy is behind, also when the process dies between the commit and the rebuild.
    """
    from openklachten.registry import sequence

    ids = sorted(set(organisation_ids))
    number = sequence.advance(reason, ids)
    pending = getattr(_batch, "pending", None)
    if pending is not None:

        def collect():
            if getattr(_batch, "pending", None) is pending:
                pending.append((ids, reason, number))
            else:  # the batch ended before this commit (the caller held an outer transaction): send it now
                publication_changed.send(sender=sender, organisation_ids=ids, reason=reason, sequence=number)

        transaction.on_commit(collect)
        return
    transaction.on_commit(
        lambda: publication_changed.send(sender=sender, organisation_ids=ids, reason=reason, sequence=number)
    )


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
            ids = sorted({i for batch_ids, _, _ in pending for i in batch_ids})
            reasons = sorted({reason for _, reason, _ in pending})
            publication_changed.send(
                sender=sender,
                organisation_ids=ids,
                reason=reasons[0] if len(reasons) == 1 else "bulk",
                sequence=max(number for _, _, number in pending),
            )
