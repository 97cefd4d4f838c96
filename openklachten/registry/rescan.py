"""Re-scan the published free text with the current anonymisation engine (issue 12).

Raw text is not kept after publication, so the re-scan works on the anonymised text itself: it redacts
what the current engine now finds and never un-redacts (existing tokens stay). Each complaint records
the engine version that last processed it; `rescan_outdated()` handles only those with an older version,
so it can run at every start-up (`openklachten serve`, a worker) and costs nothing when all is current.
One read-model rebuild is requested at the end (signal publication_changed, reason "rescan").
"""

import sys
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from openklachten.anonymisation import ENGINE_VERSION, anonymise, rescan_many
from openklachten.registry.models import Complaint
from openklachten.registry.records import ALWAYS_PUBLISHED_TEXT, FREE_TEXT_FIELDS, LINK_FIELDS
from openklachten.registry.signals import send_after_commit

BATCH_SIZE = 500
# Text the importer redacts (free text, and text that is always published such as a team name).
REDACTED_FIELDS = tuple(dict.fromkeys(FREE_TEXT_FIELDS + ALWAYS_PUBLISHED_TEXT))


@dataclass
class RescanReport:
    complaints: int = 0  # complaints re-scanned
    changed: int = 0  # complaints whose public text changed
    per_type: Counter = field(default_factory=Counter)  # redactions added, per type
    links_removed: int = 0  # links no longer published because the engine now finds something in them

    def lines(self) -> list[str]:
        found = ", ".join(f"{t} {n}" for t, n in sorted(self.per_type.items())) or "niets"
        return [
            f"{self.complaints} klachten opnieuw gescand met anonimiseringsversie {ENGINE_VERSION}; "
            f"{self.changed} gewijzigd.",
            f"Nieuw weggelakt per type: {found}.",
            f"Links niet meer gepubliceerd: {self.links_removed}.",
        ]


def outdated():
    return Complaint.objects.filter(anonymisation_version__lt=ENGINE_VERSION)


def rescan_outdated(processes: int | None = None) -> RescanReport:
    """Re-scan every complaint whose free text an older engine processed; one rebuild if anything changed."""
    report, organisations = RescanReport(), set()
    ids = list(outdated().order_by("id").values_list("id", flat=True))
    try:
        for start in range(0, len(ids), BATCH_SIZE):
            with transaction.atomic():
                batch = list(
                    # Still outdated: another server starting at the same time may have done these already.
                    outdated().select_for_update().filter(id__in=ids[start : start + BATCH_SIZE]).order_by("id")
                )
                if _rescan_batch(batch, report, processes):
                    organisations.update(c.organisation_id for c in batch)
    finally:
        # Also when a later batch fails: the batches already committed must reach the read model.
        if organisations:
            send_after_commit(sender=Complaint, organisation_ids=sorted(organisations), reason="rescan")
    return report


def _rescan_batch(batch: list[Complaint], report: RescanReport, processes) -> bool:
    cells = [(c, name) for c in batch for name in REDACTED_FIELDS if getattr(c, name)]
    changed_ids = set()
    for (complaint, name), (text, found) in zip(
        cells, rescan_many([getattr(c, n) for c, n in cells], processes), strict=False
    ):
        if found:
            setattr(complaint, name, text)
            report.per_type.update(found)
            changed_ids.add(complaint.id)
    for complaint in batch:
        for name in LINK_FIELDS:
            value = getattr(complaint, name, "")
            # A link cannot be partly redacted: it stays only while the engine finds nothing in it.
            if value and anonymise(value).entities:
                setattr(complaint, name, "")
                report.links_removed += 1
                changed_ids.add(complaint.id)
        complaint.anonymisation_version = ENGINE_VERSION
    fields = [*REDACTED_FIELDS, *LINK_FIELDS, "anonymisation_version"]
    Complaint.objects.bulk_update(batch, fields, batch_size=BATCH_SIZE)
    report.complaints += len(batch)
    report.changed += len(changed_ids)
    return bool(changed_ids)


def rescan_if_outdated() -> None:
    """At the start of `serve` and `worker`: re-scan what an older anonymisation engine published (no-op when all
    is current)."""
    from django.db.utils import OperationalError, ProgrammingError

    try:
        pending = outdated().exists()
    except (OperationalError, ProgrammingError):  # no tables yet: nothing is published either
        return
    if not pending:
        return
    print("Anonimisering is bijgewerkt: gepubliceerde tekst wordt opnieuw gescand ...", file=sys.stderr, flush=True)
    try:
        report = rescan_outdated()
    except Exception as error:  # noqa: BLE001 - the site still starts; see below
        # The re-scan is stored (or rolled back per batch); a failed read-model rebuild has marked the read
        # model stale, so the site answers 503 instead of serving the old text until a rebuild succeeds.
        print(f"Opnieuw scannen of de leesopslag herbouwen is mislukt: {error}", file=sys.stderr, flush=True)
        return
    for line in report.lines():
        print(line, file=sys.stderr, flush=True)
