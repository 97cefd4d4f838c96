"""Background jobs of the registry: imports of uploaded files and periodic work (e.g. ZGW syncs).

Built on Django's Tasks API (`django.tasks`, through the `django-tasks` backport on Django 5.2) with the
database backend of `django-tasks-db`: jobs are rows in the same database, so the embedded SQLite
default and PostgreSQL both work without a broker. `openklachten worker` runs them; `openklachten
serve` starts a worker child process itself on SQLite (setting OPENKLACHTEN_SERVE_WORKER).

    from openklachten.registry import jobs

    @jobs.task()                      # a module-level function; arguments must be JSON values
    def sync_connection(connection_id: int): ...

    sync_connection.enqueue(connection_id=3)                  # once, as soon as a worker is free
    jobs.schedule("zgw-sync-3", every=timedelta(minutes=15), task=sync_connection,
                  kwargs={"connection_id": 3})                # periodically; again = update
    jobs.unschedule("zgw-sync-3")
"""

from openklachten.registry.jobs.compat import task
from openklachten.registry.jobs.scheduler import enqueue_due, schedule, unschedule

__all__ = ["enqueue_due", "schedule", "task", "unschedule"]
