"""The one import pipeline for the CLI and the web upload: read -> validate -> anonymise -> store.

A delivery is atomic: every row is stored in one transaction, or none is. Re-importing is an
upsert by (organisation, klacht_key) that keeps each complaint's row (id and public id). Raw free
text reaches the database only in the review quarantine, never in a Complaint column.

Reading, validating and anonymising depend only on the file, so they run before the transaction:
anonymising is the slow part and would otherwise hold the lock. They run over chunks of CHUNK_ROWS rows
(the file is read as a stream, the prepared chunks wait in a spool file), so memory holds one chunk plus
the keys of the whole file, whatever its size. Everything that depends on what is
already stored (which complaints stay withdrawn; insert or update) is read inside the transaction,
after the organisation's lock (registry/locking.py), again chunk by chunk. k-anonymity is applied where
the public copy is built (the read model), over everything published.
"""

import datetime as dt
import hashlib
import json
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DataError, IntegrityError, OperationalError, transaction
from django.utils import timezone

from openklachten.registry import (
    audit,
    bestuursorgaan_check,
    components,
    lengths,
    metadata_check,
    quarantine,
    withdrawal,
)
from openklachten.registry.locking import lock_organisation
from openklachten.registry.models import (
    AuditAction,
    Complaint,
    Delivery,
    DeliveryStatus,
    Organisation,
    PublicationState,
    Publisher,
    QuarantinedText,
    WithdrawalReason,
)
from openklachten.registry.organisations import ensure_organisations
from openklachten.registry.records import (
    ALWAYS_PUBLISHED_TEXT,
    FREE_NAMES,
    FREE_TEXT_FIELDS,
    LINK_FIELDS,
    TEXT_FIELDS,
    OrganisationIndex,
    complaint_fields,
)
from openklachten.registry.signals import send_after_commit
from openklachten.registry.spool import Spool
from openklachten.standard.policy import PRIVATE_BODY_CATEGORY

BATCH_SIZE = 1000  # rows per query: IN-lists stay inside database limits; Django splits INSERTs further if needed
# Rows validated, anonymised and stored together: large enough that the anonymiser's process pool and the
# per-chunk queries pay off, small enough that a chunk (rows, records, texts, model objects) stays ~100 MB.
CHUNK_ROWS = 10_000
# File-wide problems kept (duplicate Klacht-IDs, values too long): examples, not one per row of a huge file.
MAX_ISSUES = 10_000


class ImportRefused(Exception):
    """The delivery cannot be processed at all (unknown organisation, no right, unreadable file)."""


# The database refusing a delivery the checks before did not foresee (a constraint, a lock held too long).
# The transaction is rolled back, so nothing is stored; the upload page and the command say so in Dutch.
DATABASE_ERRORS = (IntegrityError, DataError, OperationalError)
_REFUSALS = {  # the kind of error, never its values: they could be raw text
    IntegrityError: "een klacht botst met een bestaande klacht",
    DataError: "een waarde past niet in de database",
    OperationalError: "de database was te lang bezet door een andere verwerking",
}


def database_refusal(error: Exception) -> str:
    reason = next(text for kind, text in _REFUSALS.items() if isinstance(error, kind))
    return (
        f"De levering is niet opgeslagen: de database weigerde haar ({reason}). Er is niets gewijzigd. "
        "Lever het bestand opnieuw aan; blijft de fout, neem dan contact op met de beheerder van het platform."
    )


@dataclass
class DeliveryIssue:
    """One problem with one cell, in the shape of the intake validation report."""

    row: int
    column: str
    value: str
    code: str
    message: str


@dataclass(frozen=True)
class DeliveryOrigin:
    """Who delivered which file: what the delivery row records besides its complaints."""

    user: object  # a User, or None on the command line
    filename: str
    sha256: str
    metadata: dict


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    rows: int = 0
    delivery: Delivery | None = None
    created: int = 0
    updated: int = 0
    in_review: int = 0
    withheld: int = 0
    skipped_withdrawn: int = 0  # withdrawn one by one earlier: a cumulative delivery does not bring them back
    report: object = None  # the intake validation Report and Table, for the text report
    table: object = None
    version: str = ""  # of the standard, detected from the headers

    @property
    def ok(self) -> bool:
        return self.delivery is not None


def resolve_organisation(value) -> Organisation:
    """An Organisation, or its TOOI URI, code or name; one only in the reference list is created."""
    if isinstance(value, Organisation):
        return value
    resolved = OrganisationIndex().resolve(value)
    if resolved is None:
        raise ImportRefused(f"Onbekende organisatie: '{value}'. Gebruik een TOOI-identifier of -code.")
    code = resolved[0]
    return Organisation.objects.filter(code=code).first() or ensure_organisations({code})[code]


def may_deliver(user, organisation: Organisation) -> bool:
    """A publisher delivers only for its own organisation; administrators for any."""
    if user is None:  # the command line: whoever runs it operates the platform
        return True
    if user.is_superuser:
        return True
    return Publisher.objects.filter(user=user, organisation=organisation).exists()


def import_delivery(source, organisation, *, user=None, filename=None, metadata=None) -> ImportResult:
    """Import one delivery file (a path or a binary file object) for one organisation."""
    organisation = resolve_organisation(organisation)
    if not may_deliver(user, organisation):
        raise ImportRefused(f"U mag geen klachten aanleveren voor {organisation.name}.")
    for key, message in metadata_check.problems(metadata).items():
        raise ImportRefused(f"Metadata '{key}': {message}")
    quarantine.purge_expired()

    with _local_file(source, filename) as (path, filename, sha256), Spool() as spool:
        result = _prepare(path, filename, organisation, spool)
        if result.errors:
            return result
        with transaction.atomic():
            lock_organisation(organisation.id)
            origin = DeliveryOrigin(user=user, filename=filename, sha256=sha256, metadata=dict(metadata or {}))
            result.delivery = _store(organisation, spool, result, origin)
            audit.record(
                AuditAction.IMPORTED,
                organisation,
                delivery=result.delivery,
                rijen=result.rows,
                nieuw=result.created,
                bijgewerkt=result.updated,
                ter_controle=result.in_review,
                achtergehouden=result.withheld,
                overgeslagen_ingetrokken=result.skipped_withdrawn,
            )
            send_after_commit(Delivery, [organisation.id], "import")
    return result


@contextmanager
def _local_file(source, filename):
    """(path, file name, sha256) of the delivery on disk; a file object is copied to a temporary file first."""
    digest = hashlib.sha256()
    if not hasattr(source, "read"):
        path = Path(source)
        with path.open("rb") as handle:
            while chunk := handle.read(COPY_CHUNK):
                digest.update(chunk)
        yield path, filename or path.name, digest.hexdigest()
        return
    name = filename or getattr(source, "name", "") or "upload"
    with tempfile.NamedTemporaryFile(prefix="openklachten-upload-", suffix=Path(str(name)).suffix[:10]) as copy:
        while chunk := source.read(COPY_CHUNK):
            digest.update(chunk)
            copy.write(chunk)
        copy.flush()
        yield Path(copy.name), name, digest.hexdigest()


COPY_CHUNK = 1 << 20


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


EMPTY_DELIVERY = (
    "Het bestand bevat alleen kolomnamen en geen klachten; er is niets opgeslagen. Vul onder de kopregel één rij "
    "per klacht in."
)


@dataclass
class CheckedFile:
    """What check_file found in a whole delivery file (nothing stored, nothing anonymised)."""

    report: object  # the intake validation Report
    table: object
    duplicates: list  # Klacht-IDs used twice in the file


def check_file(source, filename, organisation, each_chunk=None) -> CheckedFile:
    """Read and validate a delivery chunk by chunk: the checks the import and a check-only run share.

    `each_chunk(records, row_numbers, failed)` is called for every chunk once it is checked; `failed` says
    whether any error was found so far. Raises ImportRefused for an unreadable file, a file with only a
    header row, and a file about another organisation.
    """
    seen_keys: dict[str, int] = {}  # normalised Klacht-ID -> first row: the whole file's duplicates
    other_bodies = bestuursorgaan_check.OtherBodies(organisation)
    duplicates = []
    try:
        table = components.open_table(source, filename=filename)
        validation = components.validation(table, organisation.type)
        for chunk in _chunks(table.rows, CHUNK_ROWS):
            records, numbers = validation.check(chunk)
            other_bodies.add(records, numbers)
            duplicates += _duplicate_errors(records, numbers, seen_keys)[: MAX_ISSUES - len(duplicates)]
            if each_chunk is not None:
                each_chunk(records, numbers, bool(validation.report.errors or duplicates or other_bodies.found))
        report = validation.finish()
    except components.UnreadableFile as exc:
        raise ImportRefused(str(exc)) from exc
    if not report.rows:
        # Stored, an empty delivery would move the organisation's "laatste aanlevering" forward with nothing in it.
        raise ImportRefused(EMPTY_DELIVERY)
    misfiled = other_bodies.message()
    if misfiled:
        raise ImportRefused(misfiled)
    return CheckedFile(report=report, table=table, duplicates=duplicates)


def _prepare(path, filename, organisation, spool: Spool) -> ImportResult:
    """Read, validate and anonymise the file chunk by chunk into the spool; the result carries any errors.

    Once an error is found the rest is still validated (the report lists every problem) but no longer
    anonymised: nothing will be stored.
    """
    derived: dict[str, int] = {}  # content digest -> how often (V0.2 files without Klacht-ID)
    too_long = []
    index = OrganisationIndex()

    def anonymise(records, numbers, failed):
        _derive_missing_case_ids(records, derived)
        if failed or too_long:
            return
        rows = [complaint_fields(record, organisation, index) for record in records]
        texts = _anonymise(records, rows)
        too_long.extend(lengths.too_long(rows, texts, numbers)[: MAX_ISSUES - len(too_long)])
        spool.append((rows, texts))

    checked = check_file(path, filename, organisation, anonymise)
    report = checked.report
    result = ImportResult(
        errors=list(report.errors), warnings=list(report.warnings), rows=report.rows, report=report, table=checked.table
    )
    result.errors += checked.duplicates
    if not result.errors:
        result.errors += too_long
    result.version = report.version
    return result


def _duplicate_errors(records: list[dict], row_numbers: list, seen: dict[str, int]) -> list[DeliveryIssue]:
    """Klacht-IDs used before in this delivery; `seen` carries the keys of earlier chunks."""
    errors = []
    for row, record in zip(row_numbers, records, strict=False):
        key = str(record.get("klacht_id") or "").strip().upper()
        if not key:  # a V0.2 file has no Klacht-ID; see _derive_missing_case_ids
            continue
        if key in seen:
            message = f"Klacht-ID komt meerdere keren voor in deze levering (ook in rij {seen[key]})."
            errors.append(DeliveryIssue(row, "Klacht-ID", str(record.get("klacht_id")), "dubbel", message))
        seen.setdefault(key, row)
    return errors


def _derive_missing_case_ids(records: list[dict], seen: dict[str, int]) -> None:
    """Give records without a Klacht-ID (standard V0.2) an id derived from their content.

    Re-importing the same file then updates instead of duplicating; identical rows are told apart
    by their order (`seen` counts over the whole file). The derived id only ever enters the keyed hash,
    like a real Klacht-ID.
    """
    for record in records:
        if record.get("klacht_id") not in (None, ""):
            continue
        content = json.dumps(record, sort_keys=True, default=str)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:24]
        seen[digest] = seen.get(digest, 0) + 1
        record["klacht_id"] = f"inhoud:{digest}:{seen[digest]}"


def _skip_withdrawn(organisation, rows, texts, result) -> tuple[list, list]:
    """Leave out complaints that were withdrawn one by one; they stay withdrawn.

    Case systems export the whole register every quarter, so a complaint withdrawn because the
    complainant objected would otherwise reappear with the next delivery. Complaints withdrawn
    together with their delivery do come back: re-uploading a corrected file is how a publisher
    corrects a withdrawn delivery. `openklachten withdraw --undo --complaint ID` lifts a single one.
    """
    keys = [row["klacht_key"] for row in rows]
    blocked = set()
    for start in range(0, len(keys), BATCH_SIZE):
        blocked.update(
            withdrawal.withdrawn_on_their_own(organisation)
            .filter(klacht_key__in=keys[start : start + BATCH_SIZE])
            .values_list("klacht_key", flat=True)
        )
    if not blocked:
        return rows, texts
    kept = [(row, text) for row, text in zip(rows, texts, strict=False) if row["klacht_key"] not in blocked]
    result.skipped_withdrawn += len(rows) - len(kept)
    return [row for row, _ in kept], [text for _, text in kept]


def _anonymise(records, rows) -> list[dict[str, components.Anonymised]]:
    """Anonymise every free text, per row: field -> outcome; withheld records (exclusion rules) are not even sent."""
    wanted: list[tuple[int, str, str]] = []
    for position, (record, row) in enumerate(zip(records, rows, strict=False)):
        reason = components.reason_to_withhold(record)
        row["tekst_achtergehouden"] = reason or ""
        for name in TEXT_FIELDS:
            text = str(record.get(name) or "").strip()
            row[name] = ""
            if text and not (reason and name not in ALWAYS_PUBLISHED_TEXT):
                wanted.append((position, name, text))
        for name, uri in FREE_NAMES.items():
            # A private body ('Private uitvoeringsorganisatie, namelijk <naam>') has no TOOI identifier and a
            # free name, which can name a person (a sole trader, a care provider by its owner's name). The
            # category is stored unless the anonymiser clears the whole name (see _store).
            text = str(row.get(name) or "").strip()
            if text and not row.get(uri):
                row[name] = PRIVATE_BODY_CATEGORY
                wanted.append((position, name, text))
    outcomes = components.anonymise_texts([(text, ()) for _, _, text in wanted])
    texts: list[dict[str, components.Anonymised]] = [{} for _ in rows]
    for (position, name, _), outcome in zip(wanted, outcomes, strict=False):
        texts[position][name] = outcome
    return texts


def _store(organisation, spool: Spool, result, origin: DeliveryOrigin) -> Delivery:
    """Store the spooled chunks as one delivery; runs inside the transaction, after the lock."""
    delivery = Delivery.objects.create(
        organisation=organisation,
        uploaded_by=origin.user,
        source_filename=origin.filename[:255],
        source_sha256=origin.sha256,
        row_count=0,
        standard_version=result.version,
        metadata=origin.metadata,
    )
    now = timezone.now()
    stored, first, last = 0, None, None
    for rows, texts in spool:
        rows, texts = _skip_withdrawn(organisation, rows, texts, result)
        result.withheld += sum(1 for row in rows if row["tekst_achtergehouden"])
        _store_chunk(organisation, delivery, rows, texts, result, now)
        stored += len(rows)
        dates = [row["ontvangstdatum"] for row in rows if row.get("ontvangstdatum")]
        if dates:
            first, last = min(first or min(dates), min(dates)), max(last or max(dates), max(dates))
    delivery.row_count = stored
    for name, value in _period(origin.metadata, first, last).items():
        setattr(delivery, name, value)
    if result.in_review:
        delivery.status = DeliveryStatus.IN_REVIEW
    delivery.save(update_fields=["row_count", "period_start", "period_end", "status"])
    return delivery


def _store_chunk(organisation, delivery, rows, texts, result, now) -> None:
    keys = [row["klacht_key"] for row in rows]
    previous = {}  # klacht_key -> (id, published_at) of the stored version; read under the lock
    for start in range(0, len(keys), BATCH_SIZE):
        for key, pk, published_at in Complaint.objects.filter(
            organisation=organisation, klacht_key__in=keys[start : start + BATCH_SIZE]
        ).values_list("klacht_key", "id", "published_at"):
            previous[key] = (pk, published_at)
    result.updated += len(previous)
    result.created += len(rows) - len(previous)
    # Raw text still waiting for review belongs to the version this delivery replaces.
    replaced = sorted(pk for pk, _ in previous.values())
    for start in range(0, len(replaced), BATCH_SIZE):
        QuarantinedText.objects.filter(complaint_id__in=replaced[start : start + BATCH_SIZE]).delete()

    complaints, held = [], []
    for position, row in enumerate(rows):
        # Delivered again: published again, unless held for review (complaints withdrawn on their own were skipped).
        complaint = Complaint(
            organisation=organisation,
            delivery=delivery,
            withdrawn_at=None,
            withdrawal_reason=WithdrawalReason.NOT_WITHDRAWN,
            **row,
        )
        reviewing = False
        for name, outcome in texts[position].items():
            if name in LINK_FIELDS:
                setattr(complaint, name, "" if outcome.entities else outcome.raw)
            elif name in FREE_NAMES:
                # Whole or category, never a partly redacted name: "Bakkerij [NAAM-1]" still points at a
                # person, and a body's name cannot wait in the review queue (the Woo requires it).
                clean = not outcome.entities and not outcome.needs_review
                setattr(complaint, name, outcome.raw if clean else PRIVATE_BODY_CATEGORY)
            elif outcome.needs_review and name in FREE_TEXT_FIELDS:
                held.append((complaint, name, outcome))
                reviewing = True
            else:
                setattr(complaint, name, outcome.text)
        complaint.state = PublicationState.IN_REVIEW if reviewing else PublicationState.PUBLISHED
        earlier = previous.get(row["klacht_key"])
        complaint.published_at = (earlier and earlier[1]) or (None if reviewing else now)
        complaints.append(complaint)
    for start in range(0, len(complaints), BATCH_SIZE):
        _store_batch(complaints[start : start + BATCH_SIZE])
    QuarantinedText.objects.bulk_create(
        [QuarantinedText(complaint=c, field=name, raw_text=o.raw, entities=o.entities) for c, name, o in held],
        batch_size=BATCH_SIZE,
    )
    result.in_review += len({id(c) for c, _, _ in held})


# Everything a new delivery replaces; the identity (id, organisation, klacht_key, public_id) stays.
_REPLACED_FIELDS = [
    f.name for f in Complaint._meta.concrete_fields if f.name not in ("id", "organisation", "klacht_key", "public_id")
]


def _store_batch(complaints: list[Complaint]) -> None:
    """Upsert: insert new complaints, update existing ones in place (INSERT ... ON CONFLICT DO UPDATE).

    An update keeps the row's id, so nothing that refers to the complaint loses it; every complaint
    gets its id back (RETURNING), the quarantine needs it.
    """
    Complaint.objects.bulk_create(
        complaints,
        update_conflicts=True,
        unique_fields=["organisation", "klacht_key"],
        update_fields=_REPLACED_FIELDS,
    )


def _period(metadata: dict, first, last) -> dict:
    """Period from the Metadata sheet's `periode` (yyyy-mm-dd/yyyy-mm-dd), else the first and last receipt date."""
    periode = str(metadata.get("periode") or "")
    if "/" in periode:
        try:
            start, end = (dt.date.fromisoformat(part.strip()) for part in periode.split("/", 1))
            return {"period_start": start, "period_end": end}
        except ValueError:
            pass
    return {"period_start": first, "period_end": last}
