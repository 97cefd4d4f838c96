"""The import job: one Submission through the import pipeline, its report stored, its file deleted."""

import logging
from pathlib import Path

from django.utils import timezone

from openklachten.registry import audit, submissions
from openklachten.registry.importer import DATABASE_ERRORS, ImportRefused, database_refusal, import_delivery
from openklachten.registry.jobs.compat import task
from openklachten.registry.models import Submission, SubmissionStatus

log = logging.getLogger("openklachten.jobs")

FAILED_MESSAGE = (
    "De verwerking is onverwacht mislukt; er is niets opgeslagen. Probeer het opnieuw of neem "
    "contact op met de beheerder."
)


@task()
def import_submission(submission_id: str) -> str:
    """Import a stored submission; returns its final status. Safe to run again (finished: nothing happens)."""
    submission = Submission.objects.select_related("organisation", "user", "token").filter(pk=submission_id).first()
    if submission is None or submission.finished:
        return submission.status if submission else "onbekend"
    Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.RUNNING, started_at=timezone.now())
    path = submissions.upload_dir() / submission.file_path if submission.file_path else None
    status, delivery = SubmissionStatus.FAILED, None
    try:
        if path is None or not Path(path).exists():
            raise ImportRefused("Het aangeleverde bestand is niet meer aanwezig; lever het opnieuw aan.")
        with audit.acting_as(user=submission.user, token=submission.token, channel=submission.channel):
            result = import_delivery(
                path,
                submission.organisation,
                user=submission.user,
                filename=submission.filename,
                metadata=submission.metadata,
            )
    except ImportRefused as exc:
        status, report = SubmissionStatus.REJECTED, submissions.rejected(str(exc))
    except DATABASE_ERRORS as exc:  # nothing was stored; say so in Dutch (the kind of error, never its values)
        log.warning("Import van inzending %s door de database geweigerd: %s", submission.pk, type(exc).__name__)
        status, report = SubmissionStatus.REJECTED, submissions.rejected(database_refusal(exc))
    except Exception as exc:  # noqa: BLE001 - the report must say something; the text may hold raw data
        log.error("Import van inzending %s mislukt: %s", submission.pk, type(exc).__name__)
        report = submissions.rejected(FAILED_MESSAGE)
    else:
        report = submissions.report_of(result)
        status = SubmissionStatus.DONE if result.ok else SubmissionStatus.REJECTED
        delivery = result.delivery
    Submission.objects.filter(pk=submission.pk).update(
        status=status, report=report, delivery=delivery, finished_at=timezone.now()
    )
    submissions.discard_file(submission)
    return status
