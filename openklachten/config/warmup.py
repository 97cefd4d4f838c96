"""Warm a server process before it accepts requests, so the first visitor does not pay for starting it.

Measured at 1M complaints, the first request of a fresh process took 2-4 s: importing the views (WeasyPrint
alone ~1.9 s), checksumming the generation, opening DuckDB and reading the search vocabulary.
- `before_fork` (gunicorn's master): imports every view and verifies the current generation once; the
  workers inherit both through fork. No DuckDB connection is opened here: it must not cross a fork.
- `in_worker` (each worker, before it accepts): a few internal requests through the WSGI application open the
  generation, fill the per-generation caches and pull the main tables into memory; then what they loaded is
  frozen out of the cyclic garbage collector (`gc.freeze`).
- `watch` (each worker, a daemon thread): when a rebuild switches the generation, the same requests open the
  new one and fill its caches (the query layer's and the page cache's), so visitors do not pay for it.
Neither ever stops the server from starting: a failure is logged and the worker serves as it would have.
"""

import gc
import io
import logging
import sys
import threading
import time

log = logging.getLogger(__name__)
# Pages whose first request opens what most requests need: the cube (overview), the token table, the
# vocabulary and the complaint rows (search), the organisations and the comparison (compare).
PATHS = ("/", "/klachten?q=klacht", "/vergelijken")
WATCH_INTERVAL = 2.0  # seconds between two looks at CURRENT (one small file read)


def before_fork() -> None:
    try:
        from django.urls import get_resolver

        get_resolver().url_patterns  # noqa: B018 - imports every app's views (and what they import)
        from openklachten.publication import readmodel
        from openklachten.publication.readmodel import generations

        current = readmodel.current_dir()
        if current is not None:
            generations.verify(current)  # checksums once, remembered per file identity; inherited by the workers
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a reason not to start
        log.warning("Voorverwarmen van de server mislukt", exc_info=True)


def _host() -> str:
    from django.conf import settings

    for host in settings.ALLOWED_HOSTS:
        host = host.lstrip(".")
        if host and "*" not in host:
            return host
    return "localhost"


def request(application, path: str) -> str:
    """One GET through the WSGI application as a visitor's would go (middleware included); returns the status."""
    route, _, query_string = path.partition("?")
    host = _host()
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": route,
        "QUERY_STRING": query_string,
        "SERVER_NAME": host,
        "SERVER_PORT": "443",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https",  # a production site redirects plain http: warm the page, not the redirect
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    statuses = []
    body = application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    try:
        for _ in body:
            pass
    finally:
        if hasattr(body, "close"):
            body.close()
    return statuses[0] if statuses else ""


def in_worker(application) -> float:
    """Warm this worker with PATHS; returns the seconds it took."""
    started = time.perf_counter()
    try:
        for path in PATHS:
            status = request(application, path)
            if not status.startswith("200"):  # e.g. 503 while a fresh site builds its first model: stop there
                break
        from django.db import connections

        from openklachten.publication.readmodel import connection

        connections.close_all()  # the registry connection of this thread; request threads open their own
        connection.release_thread_leases()  # the generation stays open while current, not beyond
        # What the warm-up loaded lives as long as the generation (views, vocabulary, splitter): out of the
        # cyclic collector's sight, so a full collection inside a visitor's request no longer walks it
        # (measured at 1M complaints: 100-200 ms pauses that made the slowest search pages).
        gc.collect()
        gc.freeze()
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a reason not to serve
        log.warning("Voorverwarmen van een serverproces mislukt", exc_info=True)
    return time.perf_counter() - started


def current_generation():
    from openklachten.publication import readmodel

    try:
        return readmodel.current_dir()
    except OSError:
        return None


def warm_if_switched(application, seen):
    """Warm this worker when the current generation is no longer `seen`; returns the one now current."""
    now = current_generation()
    if now is not None and now != seen:
        in_worker(application)
    return now


def watch(application, interval: float = WATCH_INTERVAL) -> threading.Thread:
    """A daemon thread that warms this worker after every switch of the generation."""

    def loop():
        seen = current_generation()
        while True:
            time.sleep(interval)
            try:
                seen = warm_if_switched(application, seen)
            except Exception:  # noqa: BLE001 - warming is an optimisation, never a reason to stop watching
                log.warning("Voorverwarmen na een nieuwe leesopslag mislukt", exc_info=True)

    thread = threading.Thread(target=loop, name="openklachten-warmup", daemon=True)
    thread.start()
    return thread
