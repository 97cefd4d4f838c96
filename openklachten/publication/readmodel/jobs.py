"""The read-model rebuild as a background job, for changes made inside a job (an uploaded delivery's import).

An import job that built the read model itself would hold the import's memory and the build's at once (the
build reads every published complaint into DuckDB), and a queue of imports would build once per delivery. So
after an import in a worker a rebuild job is queued instead, unless one is already waiting: the imports
queued before it are in the generation it builds. The previous generation keeps serving meanwhile (an
import only adds). Changes that remove something (a withdrawal, a review decision) still build at once.
"""

import logging

from openklachten.registry import memory
from openklachten.registry.jobs.compat import TaskResultStatus, task

log = logging.getLogger(__name__)


@task()
def rebuild_readmodel() -> int | None:
    """Build a generation when the current one is behind the registry; the number of complaints, or None."""
    from openklachten.publication import readmodel
    from openklachten.publication.readmodel import rebuilds

    memory.release()  # what the job before (an import) freed goes back to the system before the build
    generation = rebuilds.rebuild(readmodel.root(), force=False)
    return generation.records if generation is not None else None


def pending() -> bool:
    """A rebuild job waits or runs (readers then leave an import-only lag to it)."""
    from django.db import DatabaseError
    from django_tasks_db.models import DBTaskResult

    statuses = (TaskResultStatus.READY, TaskResultStatus.RUNNING)
    try:
        return DBTaskResult.objects.filter(task_path=rebuild_readmodel.module_path, status__in=statuses).exists()
    except DatabaseError:  # no job table (yet): readers heal as before
        return False


def enqueue() -> bool:
    """Queue a rebuild unless one is already waiting; True when this call queued it."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(task_path=rebuild_readmodel.module_path, status=TaskResultStatus.READY)
    if waiting.exists():
        return False
    rebuild_readmodel.enqueue()
    return True
