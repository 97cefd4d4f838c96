"""openklachten serve [--host 127.0.0.1] [--port 8000] [--workers N] [--threads N] [--dev] [--[no-]worker]"""

import argparse
import os
import signal
import sys
import threading

from django.core.management.base import BaseCommand

from openklachten.config import appserver
from openklachten.registry.jobs import embedded
from openklachten.registry.rescan import rescan_if_outdated


def serve(
    host: str,
    port: int,
    *,
    dev: bool = False,
    workers: int | None = None,
    threads: int | None = None,
    worker: bool | None = None,
) -> None:
    """Serve the site: gunicorn (production) or, with dev=True, Django's development server.

    Nothing is collected or downloaded at start-up: WhiteNoise finds static files in the apps.
    With `worker` (default: OPENKLACHTEN_SERVE_WORKER, on for SQLite) a background worker runs beside
    the site as a child process, so uploads are imported and scheduled jobs run with this one command.
    """
    rescan_if_outdated()  # before workers start: what an older engine published is re-scanned first
    child = None
    if threading.current_thread() is threading.main_thread():
        # SIGTERM ends the development server like Ctrl+C, through `finally` (gunicorn handles its own).
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if embedded.wanted() if worker is None else worker:
        child = embedded.start()
        print("Achtergrondwerker gestart (imports, geplande taken).", file=sys.stderr, flush=True)
    try:
        _serve(host, port, dev=dev, workers=workers, threads=threads)
    finally:
        if child is not None:
            embedded.stop(child)


def _serve(host: str, port: int, *, dev: bool, workers: int | None, threads: int | None) -> None:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if dev:
        from django.core.servers.basehttp import run
        from django.core.wsgi import get_wsgi_application

        print(
            f"Open Klachten (ontwikkelserver) draait op http://{shown}:{port}/ (stoppen: Ctrl+C)",
            file=sys.stderr,
            flush=True,
        )
        try:
            run(host, port, get_wsgi_application(), threading=True)
        except KeyboardInterrupt:
            print("Gestopt.", file=sys.stderr)
        return
    options = appserver.options(host, port, workers=workers, threads=threads)
    print(
        f"Open Klachten draait op http://{shown}:{port}/ met {options['workers']} processen × "
        f"{options['threads']} threads (stoppen: Ctrl+C; herladen zonder onderbreking: kill -HUP {os.getpid()})",
        file=sys.stderr,
        flush=True,
    )
    appserver.run(options)


class Command(BaseCommand):
    help = "Start de website (dashboard, API, aanleveren) op http://127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Adres om op te luisteren (standaard 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Poort (standaard 8000).")
        parser.add_argument("--workers", type=int, help="Aantal processen (standaard: uit het aantal cores).")
        parser.add_argument("--threads", type=int, help="Threads per proces (standaard 4).")
        parser.add_argument("--dev", action="store_true", help="Django's ontwikkelserver in plaats van gunicorn.")
        parser.add_argument(
            "--worker",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Zelf een achtergrondwerker starten (standaard: OPENKLACHTEN_SERVE_WORKER).",
        )

    def handle(self, host, port, workers, threads, dev, worker, **options):
        serve(host, port, dev=dev, workers=workers, threads=threads, worker=worker)
