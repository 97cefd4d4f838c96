"""Hand a delivery in for a background import: store the file, record a Submission, enqueue the job.

The web upload and the delivery API both come through here; the import itself is the one pipeline
(`importer.import_delivery`), run by a worker (`jobs.imports.import_submission`).
"""

import hashlib
import shutil
import uuid
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from openklachten import standard
from openklachten.registry import audit
from openklachten.registry.models import AuditAction, Submission, SubmissionStatus

CHUNK = 1 << 20


class IdempotencyConflict(Exception):
    """The Idempotency-Key was used before for a different delivery."""


def upload_dir() -> Path:
    path = Path(settings.UPLOAD_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _store(source, filename: str) -> tuple[str, str]:
    """Write an uploaded file (chunks) or bytes under UPLOAD_DIR; (relative path, sha256)."""
    relative = Path(uuid.uuid4().hex) / ("bestand" + Path(filename).suffix.lower()[:10])
    target = upload_dir() / relative
    target.parent.mkdir(mode=0o700)
    digest = hashlib.sha256()
    with target.open("wb") as out:
        if isinstance(source, bytes):
            chunks = [source]
        elif hasattr(source, "chunks"):
            chunks = source.chunks(CHUNK)
        else:
            chunks = iter(lambda: source.read(CHUNK), b"")
        for chunk in chunks:
            digest.update(chunk)
            out.write(chunk)
    return str(relative), digest.hexdigest()


def discard_file(submission: Submission) -> None:
    """Delete the stored file (it holds raw text); the submission keeps its report."""
    if submission.file_path:
        shutil.rmtree(upload_dir() / Path(submission.file_path).parent, ignore_errors=True)
        submission.file_path = ""
        Submission.objects.filter(pk=submission.pk).update(file_path="")


def submit(
    organisation,
    source,
    *,
    filename: str,
    channel: str = "web",
    user=None,
    token=None,
    metadata: dict | None = None,
    idempotency_key: str = "",
) -> tuple[Submission, bool]:
    """Store and enqueue a delivery; (submission, created). A repeated Idempotency-Key returns the first
    submission unchanged (created False); the same key with other content raises IdempotencyConflict."""
    key = (idempotency_key or "").strip()[:255]
    relative, sha256 = _store(source, filename)
    if key:
        earlier = Submission.objects.filter(organisation=organisation, idempotency_key=key).first()
        if earlier is not None:
            shutil.rmtree(upload_dir() / Path(relative).parent, ignore_errors=True)
            return _repeat(earlier, sha256, metadata), False
    from openklachten.registry.jobs.imports import import_submission

    try:
        with transaction.atomic():
            submission = Submission.objects.create(
                organisation=organisation,
                channel=channel,
                user=user,
                token=token,
                filename=filename[:255],
                file_path=relative,
                sha256=sha256,
                metadata=metadata or {},
                idempotency_key=key,
            )
            with audit.acting_as(user=user, token=token, channel=channel):
                audit.record(AuditAction.SUBMITTED, organisation, inzending=str(submission.pk))
            # After the commit: the worker must find the row (and the file) when it picks the job up.
            transaction.on_commit(lambda: import_submission.enqueue(submission_id=str(submission.pk)))
    except IntegrityError:  # the same key arrived twice at once: the other request won
        shutil.rmtree(upload_dir() / Path(relative).parent, ignore_errors=True)
        earlier = Submission.objects.get(organisation=organisation, idempotency_key=key)
        return _repeat(earlier, sha256, metadata), False
    return submission, True


def _repeat(earlier: Submission, sha256: str, metadata) -> Submission:
    if earlier.sha256 != sha256 or (earlier.metadata or {}) != (metadata or {}):
        raise IdempotencyConflict(
            "Deze Idempotency-Key is al gebruikt voor een andere aanlevering. Gebruik een nieuwe sleutel "
            "voor een nieuwe aanlevering."
        )
    return earlier


# Values the report keeps only as "[waarde]": case numbers are never stored (only their keyed hash),
# and raw free text only in the review quarantine. The row and column still say where to look.
NOT_KEPT = ("hash", "geanonimiseerd")


def issue_json(issue) -> dict:
    """An intake or import issue in the report's shape (the validator's per-cell fields)."""
    column, value = getattr(issue, "column", "") or "", str(getattr(issue, "value", "") or "")
    message = str(getattr(issue, "message", "") or "")
    attribute = standard.load().find_attribute(column) if column else None
    if value and attribute is not None and attribute.publish in NOT_KEPT:
        message, value = message.replace(value, "[waarde]"), "[waarde]"
    return {
        "rij": getattr(issue, "row", None),
        "kolom": column,
        "waarde": value,
        "code": getattr(issue, "code", ""),
        "melding": message,
    }


def report_of(result) -> dict:
    """The import report stored with the submission and shown on the progress page and by the API."""
    report = result.report
    return {
        "aantal_rijen": result.rows,
        "nieuw": result.created,
        "bijgewerkt": result.updated,
        "ter_controle": result.in_review,
        "achtergehouden": result.withheld,
        "overgeslagen_ingetrokken": result.skipped_withdrawn,
        "fouten": [issue_json(i) for i in result.errors],
        "waarschuwingen": [issue_json(i) for i in result.warnings],
        "meldingen": [issue_json(i) for i in getattr(report, "notices", None) or []],
    }


def rejected(message: str) -> dict:
    return {"bericht": message, "fouten": [], "waarschuwingen": [], "meldingen": []}


__all__ = ["IdempotencyConflict", "Submission", "SubmissionStatus", "discard_file", "report_of", "submit"]
