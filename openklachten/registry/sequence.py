"""Advance and read the publication sequence (registry.models.PublicationSequence)."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from openklachten.registry.models import PublicationChange, PublicationSequence

ROW = 1  # the table has exactly one row
# Changes that only add to what is public: a copy that lacks them is behind, but shows nothing it must not.
ONLY_ADDS = frozenset({"import"})


@dataclass(frozen=True)
class Snapshot:
    number: int = 0
    removal_number: int = 0
    epoch: str = ""  # "" while nothing was ever counted
    organisations: int = 0  # organisations_version: changes in names that public pages show


def advance(reason: str, organisation_ids=None) -> int:
    """Count one change in what is public; call it inside the change's own transaction. Returns the new number.

    `organisation_ids`: the organisations whose public complaints it changed (the change log the read model
    rebuilds only those from); None or empty: unknown, so the next rebuild reads everything.
    """
    values = {"number": F("number") + 1, "last_reason": reason[:20], "changed_at": timezone.now()}
    if reason not in ONLY_ADDS:
        values["removal_number"] = F("number") + 1
    with transaction.atomic():  # a savepoint inside the caller's transaction; the UPDATE locks the row until commit
        if not PublicationSequence.objects.filter(pk=ROW).update(**values):
            try:
                with transaction.atomic():
                    PublicationSequence.objects.create(pk=ROW)
            except IntegrityError:  # created meanwhile by a concurrent first change
                pass
            PublicationSequence.objects.filter(pk=ROW).update(**values)
        number = PublicationSequence.objects.get(pk=ROW).number
        ids = sorted(set(organisation_ids or ())) or [None]
        PublicationChange.objects.bulk_create(
            PublicationChange(number=number, organisation_id=i, reason=reason[:20]) for i in ids
        )
    return number


def changed_organisations(after: int, upto: int) -> set[int] | None:
    """The organisations changed by changes `after` < number <= `upto`; None when the log cannot say.

    None when a number in that range has no row (counted before the log existed, or by a caller that did not
    name organisations) or a row without organisation: the caller must then read everything again.
    """
    if upto < after:
        return None
    rows = list(
        PublicationChange.objects.filter(number__gt=after, number__lte=upto).values_list("number", "organisation_id")
    )
    if len({number for number, _ in rows}) != upto - after or any(i is None for _, i in rows):
        return None
    return {i for _, i in rows}


def organisations_changed() -> None:
    """Count a change in the organisations (names shown on public pages); inside the change's transaction.

    Without the row nothing is counted: creating it here would start a new epoch and make every generation
    built before it unserveable. Until the first publication the read model is empty anyway.
    """
    row = PublicationSequence.objects.filter(pk=ROW)
    if row.exists():  # no write at all otherwise (SQLite would lock the table for this transaction's readers)
        row.update(organisations_version=F("organisations_version") + 1)


def on_organisation_saved(sender=None, **kwargs) -> None:
    """Receiver for Organisation's post_save and post_delete (connected in RegistryConfig.ready)."""
    organisations_changed()


def snapshot() -> Snapshot:
    """The committed state (no row yet: nothing was ever published through the registry)."""
    found = (
        PublicationSequence.objects.filter(pk=ROW)
        .values_list("number", "removal_number", "epoch", "organisations_version")
        .first()
    )
    return Snapshot(*found) if found else Snapshot()
