"""openklachten serve [--host 127.0.0.1] [--port 8000]"""

import argparse
import signal
import sys
import threading

from django.core.management.base import BaseCommand
from django.core.servers.basehttp import run
from django.core.wsgi import get_wsgi_application

from openklachten.registry.jobs import embedded


def serve(host: str, port: int, worker: bool | None = None) -> None:
    """Serve the site with Django's threaded WSGI server; WhiteNoise serves the static files.

    Nothing is collected or downloaded at start-up: WhiteNoise finds static files in the apps.
    Behind a reverse proxy in production, run the WSGI application (openklachten.config.wsgi)
    under a WSGI server of your choice instead.
    """
    application = get_wsgi_application()
    child = None
    # SIGTERM (a service manager, a test) ends like Ctrl+C: through `finally`, so the worker child stops too.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if embedded.wanted() if worker is None else worker:
        child = embedded.start()  # imports of uploads and scheduled jobs run beside the site
        print("Achtergrondwerker gestart (imports, geplande taken).", file=sys.stderr, flush=True)
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    print(f"Open Klachten draait op http://{shown}:{port}/ (stoppen: Ctrl+C)", file=sys.stderr, flush=True)
    try:
        run(host, port, application, threading=True)
    except KeyboardInterrupt:
        print("Gestopt.", file=sys.stderr)
    finally:
        if child is not None:
            embedded.stop(child)


class Command(BaseCommand):
    help = "Start de website (dashboard, API, aanleveren) op http://127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Adres om op te luisteren (standaard 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Poort (standaard 8000).")
        parser.add_argument("--worker", action=argparse.BooleanOptionalAction, default=None,
                            help="Zelf een achtergrondwerker starten (standaard: OPENKLACHTEN_SERVE_WORKER).")

    def handle(self, host, port, worker, **options):
        serve(host, port, worker)
