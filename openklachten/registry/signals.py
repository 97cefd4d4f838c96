"""Signals other components listen to; the registry is the only sender."""

from django.db import transaction
from django.dispatch import Signal

# Sent after a commit that changed what is public (import, withdrawal, review decision).
# Keyword arguments: organisation_ids (list[int]), reason (str: "import", "withdraw", "review").
publication_changed = Signal()


def send_after_commit(sender, organisation_ids, reason: str) -> None:
    """Queue publication_changed for when the surrounding transaction commits (now if none)."""
    ids = sorted(set(organisation_ids))
    transaction.on_commit(lambda: publication_changed.send(sender=sender, organisation_ids=ids, reason=reason))
