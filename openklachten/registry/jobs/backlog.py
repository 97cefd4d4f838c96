"""How long jobs have been waiting: the sign that no worker is running (used by GET /healthz)."""

import datetime as dt

from django.utils import timezone

# An import job is picked up within seconds by a running worker (it polls every few tenths of a second); five
# minutes of waiting means no worker, or one stuck on a job for that long.
STUCK_AFTER = dt.timedelta(minutes=5)


def waiting_too_long(older_than: dt.timedelta = STUCK_AFTER) -> int:
    """The number of jobs that could have run for longer than `older_than` and did not start."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready().filter(enqueued_at__lt=timezone.now() - older_than).count()
