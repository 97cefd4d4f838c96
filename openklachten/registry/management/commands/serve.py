"""openklachten serve [--host 127.0.0.1] [--port 8000]"""

import sys

from django.core.management.base import BaseCommand
from django.core.servers.basehttp import run
from django.core.wsgi import get_wsgi_application


def rescan_if_outdated() -> None:
    """Before serving: re-scan what an older anonymisation engine published (no-op when all is current)."""
    from django.db.utils import OperationalError, ProgrammingError

    from openklachten.registry.rescan import outdated, rescan_outdated

    try:
        pending = outdated().exists()
    except (OperationalError, ProgrammingError):  # no tables yet: nothing is published either
        return
    if pending:
        print("Anonimisering is bijgewerkt: gepubliceerde tekst wordt opnieuw gescand ...", file=sys.stderr, flush=True)
        for line in rescan_outdated().lines():
            print(line, file=sys.stderr, flush=True)


def serve(host: str, port: int) -> None:
    """Serve the site with Django's threaded WSGI server; WhiteNoise serves the static files.

    Nothing is collected or downloaded at start-up: WhiteNoise finds static files in the apps.
    Behind a reverse proxy in production, run the WSGI application (openklachten.config.wsgi)
    under a WSGI server of your choice instead.
    """
    application = get_wsgi_application()
    rescan_if_outdated()
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    print(f"Open Klachten draait op http://{shown}:{port}/ (stoppen: Ctrl+C)", file=sys.stderr, flush=True)
    try:
        run(host, port, application, threading=True)
    except KeyboardInterrupt:
        print("Gestopt.", file=sys.stderr)


class Command(BaseCommand):
    help = "Start de website (dashboard, API, aanleveren) op http://127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Adres om op te luisteren (standaard 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Poort (standaard 8000).")

    def handle(self, host, port, **options):
        serve(host, port)
