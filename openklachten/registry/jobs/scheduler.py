"""Periodic jobs: a row per job with its interval and next run; the worker enqueues the due ones.

Several workers may run at once (a `serve` with its embedded worker plus `openklachten worker`): a job
is claimed with a conditional UPDATE on its `next_run`, so exactly one of them enqueues each run.
A run missed while no worker was running is done once when a worker starts, not once per missed interval.
"""

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from openklachten.registry.jobs.compat import Task
from openklachten.registry.models.jobs import ScheduledJob

log = logging.getLogger(__name__)


def schedule(
    name: str,
    *,
    every: dt.timedelta,
    task,
    kwargs: dict | None = None,
    first_run: dt.datetime | None = None,
    enabled: bool = True,
) -> ScheduledJob:
    """Run `task(**kwargs)` every `every`; the first run at `first_run` (default: now, i.e. the next tick).

    `task` is a task (made with `jobs.task()`) or its dotted path. Calling it again with the same name
    updates the job; a shorter interval brings the next run forward, a longer one keeps it.
    """
    path = task.module_path if isinstance(task, Task) else str(task)
    if not isinstance(import_string(path), Task):
        raise ValueError(f"{path} is geen achtergrondtaak (gebruik @jobs.task()).")
    seconds = int(every.total_seconds())
    if seconds < 1:
        raise ValueError("Het interval van een geplande taak is minstens een seconde.")
    now = timezone.now()
    job = ScheduledJob.objects.filter(name=name).first()
    if job is None:
        return ScheduledJob.objects.create(
            name=name,
            task_path=path,
            kwargs=kwargs or {},
            interval_seconds=seconds,
            next_run=first_run or now,
            enabled=enabled,
        )
    job.task_path, job.kwargs, job.enabled = path, kwargs or {}, enabled
    earliest = (job.last_run or now) + dt.timedelta(seconds=seconds)
    job.next_run = first_run or min(job.next_run, max(earliest, now))
    job.interval_seconds = seconds
    job.save()
    return job


def unschedule(name: str) -> bool:
    """Remove a periodic job; True when it existed. A run already enqueued still runs."""
    return ScheduledJob.objects.filter(name=name).delete()[0] > 0


def enqueue_due(now: dt.datetime | None = None) -> list[str]:
    """Enqueue every enabled job whose next run has come; returns their names."""
    now = now or timezone.now()
    enqueued = []
    for job in ScheduledJob.objects.filter(enabled=True, next_run__lte=now):
        following = now + dt.timedelta(seconds=job.interval_seconds)
        with transaction.atomic():
            claimed = ScheduledJob.objects.filter(pk=job.pk, next_run=job.next_run).update(
                next_run=following, last_run=now
            )
            if not claimed:  # another worker took this run
                continue
            try:
                import_string(job.task_path).enqueue(**job.kwargs)
            except (ImportError, TypeError, ValueError) as exc:
                # A job whose task is gone must not stop the others; it stays visible in /beheer/.
                log.error("Geplande taak %s kon niet worden gestart: %s", job.name, type(exc).__name__)
                continue
        enqueued.append(job.name)
    return enqueued
