"""openklachten serve [--host 127.0.0.1] [--port 8000] [--workers N] [--threads N] [--dev]"""

import os
import sys

from django.core.management.base import BaseCommand

from openklachten.config import appserver


def serve(host: str, port: int, *, dev: bool = False, workers: int | None = None, threads: int | None = None) -> None:
    """Serve the site: gunicorn (production) or, with dev=True, Django's development server.

    Nothing is collected or downloaded at start-up: WhiteNoise finds static files in the apps.
    """
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if dev:
        from django.core.servers.basehttp import run
        from django.core.wsgi import get_wsgi_application

        print(f"Open Klachten (ontwikkelserver) draait op http://{shown}:{port}/ (stoppen: Ctrl+C)",
              file=sys.stderr, flush=True)
        try:
            run(host, port, get_wsgi_application(), threading=True)
        except KeyboardInterrupt:
            print("Gestopt.", file=sys.stderr)
        return
    options = appserver.options(host, port, workers=workers, threads=threads)
    print(f"Open Klachten draait op http://{shown}:{port}/ met {options['workers']} processen × "
          f"{options['threads']} threads (stoppen: Ctrl+C; herladen zonder onderbreking: kill -HUP {os.getpid()})",
          file=sys.stderr, flush=True)
    appserver.run(options)


class Command(BaseCommand):
    help = "Start de website (dashboard, API, aanleveren) op http://127.0.0.1:8000 met een productieserver (gunicorn)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Adres om op te luisteren (standaard 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Poort (standaard 8000).")
        parser.add_argument("--workers", type=int, help="Aantal processen (standaard: uit het aantal cores).")
        parser.add_argument("--threads", type=int, help="Threads per proces (standaard 4).")
        parser.add_argument("--dev", action="store_true", help="Django's ontwikkelserver in plaats van gunicorn.")

    def handle(self, host, port, workers, threads, dev, **options):
        serve(host, port, dev=dev, workers=workers, threads=threads)
