"""Jobs left 'running' by a worker that died (killed, machine restarted) are run again.

A worker's id names its host and process id; at start a worker puts back every running job of a
process on this host that no longer exists. Import jobs are safe to repeat: an interrupted import
rolled back, and a finished one is an upsert.
"""

import os
import socket

from django.utils.crypto import get_random_string
from django_tasks_db.models import DBTaskResult

from openklachten.registry.jobs.compat import TaskResultStatus


def new_worker_id() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{get_random_string(8)}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def requeue_orphans() -> int:
    """Put the running jobs of dead workers on this host back in the queue; how many."""
    host = socket.gethostname()[:30]
    orphans = []
    for result in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING):
        worker = (result.worker_ids or [""])[-1]
        parts = worker.split(":")
        if len(parts) == 3 and parts[0] == host and parts[1].isdigit() and not _alive(int(parts[1])):
            orphans.append(result.pk)
    if orphans:
        DBTaskResult.objects.filter(pk__in=orphans, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    return len(orphans)
