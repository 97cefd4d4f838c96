"""The worker loop: enqueue due periodic jobs, run every ready job, sleep, repeat.

Running a job (claiming it with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL or an exclusive
transaction on SQLite, recording the outcome) is django-tasks-db's Worker; this loop adds the
scheduler tick between its batches.
"""

import logging
import os
import threading
import time
from contextlib import contextmanager

from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Worker

from openklachten.registry.jobs import housekeeping, recovery, scheduler

log = logging.getLogger("openklachten.jobs")
_running = threading.local()


def in_worker() -> bool:
    """This thread is running jobs: what they change may be followed up by another job instead of at once."""
    return getattr(_running, "active", False)


@contextmanager
def follow_ups_as_jobs():
    """What is changed inside is followed up like in a worker: e.g. the read-model rebuild becomes a job."""
    previous = in_worker()
    _running.active = True
    try:
        yield
    finally:
        _running.active = previous


class JobRunner:
    def __init__(
        self,
        *,
        interval: float = 1.0,
        batch: bool = False,
        max_tasks: int | None = None,
        worker_id: str | None = None,
        parent_pid: int | None = None,
        housekeeping: bool = True,
    ):
        self.interval = interval
        self.housekeeping = housekeeping
        self.parent_pid = parent_pid  # embedded in `serve`: stop when that process is gone
        self.batch = batch
        self.max_tasks = max_tasks
        self.worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=max_tasks,
            worker_id=worker_id or recovery.new_worker_id(),
            excluded_queue_names=[],
        )

    @property
    def done(self) -> int:
        """How many jobs this runner has run (successful or failed)."""
        return self.worker._run_tasks

    def configure_signals(self) -> None:
        """SIGTERM/SIGINT: finish the running job, then stop (a second signal stops at once).

        A process forked during a job (the anonymiser's pool) must not inherit these handlers: the pool
        ends its workers with SIGTERM, and a worker that merely noted "stop after this job" would never
        exit, leaving the job waiting forever. Children get the default handlers back.
        """
        self.worker.configure_signals()
        os.register_at_fork(after_in_child=self.worker.reset_signals)

    def run(self) -> None:
        log.info("Achtergrondwerker %s gestart.", self.worker.worker_id)
        if recovery.requeue_orphans():
            log.warning("Taken van een gestopte werker worden opnieuw uitgevoerd.")
        if self.housekeeping:
            housekeeping.ensure_scheduled()
        while self.worker.running:
            if self.parent_pid is not None and os.getppid() != self.parent_pid:
                log.warning("De website is gestopt; de achtergrondwerker stopt ook.")
                return
            close_old_connections()
            due = scheduler.enqueue_due()
            before = self.done
            with follow_ups_as_jobs():
                self.worker.run()  # batch mode: every ready job, then back here
            if self.max_tasks is not None and self.done >= self.max_tasks:
                return
            if self.batch and not due and self.done == before:
                return
            if self.worker.running and self.done == before:
                time.sleep(self.interval)


def run_pending(max_tasks: int | None = None) -> int:
    """Run the due and ready jobs in this process until none is left; the number run (tests, CLI --batch)."""
    runner = JobRunner(batch=True, max_tasks=max_tasks, interval=0, housekeeping=False)
    runner.run()
    return runner.done
