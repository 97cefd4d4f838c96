"""Daily upkeep that every worker schedules: expired raw text leaves the review quarantine even in a
month without imports, and the records of finished jobs do not pile up."""

import datetime as dt

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from openklachten.registry import quarantine
from openklachten.registry.jobs import scheduler
from openklachten.registry.jobs.compat import task

NAME = "dagelijks-onderhoud"
KEEP_FINISHED_JOBS = dt.timedelta(days=30)


@task()
def daily_upkeep() -> dict:
    purged = quarantine.purge_expired()
    cutoff = timezone.now() - KEEP_FINISHED_JOBS
    pruned, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return {"quarantaine_gewist": purged, "taken_opgeruimd": pruned}


def ensure_scheduled() -> None:
    """Schedule the upkeep once a day (idempotent: an existing schedule keeps its next run)."""
    if not scheduler.ScheduledJob.objects.filter(name=NAME).exists():
        scheduler.schedule(NAME, every=dt.timedelta(days=1), task=daily_upkeep)
