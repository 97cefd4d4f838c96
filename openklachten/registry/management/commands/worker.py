"""openklachten worker [--batch] [--max-jobs N] [--interval S]"""

import argparse
import logging
import sys

from django.core.management.base import BaseCommand

from openklachten.registry.jobs.runner import JobRunner
from openklachten.registry.rescan import rescan_if_outdated


class Command(BaseCommand):
    help = (
        "Voer achtergrondtaken uit (imports van aanleveringen, geplande synchronisaties). "
        "Stoppen: Ctrl+C of SIGTERM (de lopende taak wordt eerst afgemaakt)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Alle wachtende taken uitvoeren en dan stoppen.")
        parser.add_argument("--max-jobs", type=int, default=None, help="Stoppen na zoveel taken.")
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconden wachten als er niets te doen is (standaard 1)."
        )
        parser.add_argument("--parent", type=int, default=None, help=argparse.SUPPRESS)  # set by `serve`

    def handle(self, batch, max_jobs, interval, parent, **options):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        for name in ("openklachten.jobs", "django_tasks", "django_tasks_db", "django.tasks"):
            logger = logging.getLogger(name)
            logger.setLevel(logging.INFO if options["verbosity"] else logging.WARNING)
            if not logger.handlers:
                logger.addHandler(handler)
        if parent is None:  # a worker of its own (not serve's child: serve re-scanned before starting it)
            rescan_if_outdated()
        runner = JobRunner(interval=interval, batch=batch, max_tasks=max_jobs, parent_pid=parent)
        runner.configure_signals()
        runner.run()
        if batch or max_jobs:
            print(f"{runner.done} taken uitgevoerd.", file=sys.stderr)
