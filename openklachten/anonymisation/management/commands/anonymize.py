"""`openklachten anonymize`: JSON Lines in on stdin, redacted JSON Lines out on stdout (see jsonlines.py).

The `openklachten` command normally runs jsonlines.main before Django starts; this command is the same
work for `--help`, `--settings` and `call_command`.
"""

import sys

from django.core.management.base import BaseCommand

from openklachten.anonymisation.jsonlines import HELP, PROCESSES_HELP, run


class Command(BaseCommand):
    help = HELP
    # No URL, model or database checks: they would import the whole site (seconds) for work that needs none.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--processes", type=int, default=None, help=PROCESSES_HELP)

    def handle(self, *args, **options):
        code = run(sys.stdin, sys.stdout, sys.stderr, processes=options["processes"])
        if code:
            sys.exit(code)
