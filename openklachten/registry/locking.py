"""One writer per organisation: imports and withdrawals of one organisation never interleave.

What an import stores depends on what is already there (complaints withdrawn on their own stay
withdrawn; an existing complaint is updated, not inserted twice). Those reads and the writes that follow must see one
state, so every change to an organisation's complaints takes this lock first, inside its transaction:

- PostgreSQL: a row lock on the organisation (SELECT ... FOR UPDATE). A second import for the same
  organisation waits until the first commits and then reads what the first wrote; imports for other
  organisations run in parallel.
- SQLite: one writer at a time for the whole database. The settings open every transaction with
  BEGIN IMMEDIATE (`transaction_mode`), so the write lock is taken before the first read and no
  other connection can commit in between; SELECT ... FOR UPDATE is a no-op there.
"""

from django.db import connection

from openklachten.registry.models import Organisation


class NotInTransaction(RuntimeError):
    """The lock only means something inside transaction.atomic(); it is released at commit or rollback."""


def lock_organisation(organisation_id: int) -> None:
    """Block until this transaction is the only writer for the organisation (held until it ends)."""
    if not connection.in_atomic_block:
        raise NotInTransaction("lock_organisation() hoort binnen transaction.atomic().")
    list(Organisation.objects.select_for_update().filter(pk=organisation_id).values_list("pk", flat=True))
