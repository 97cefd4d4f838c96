"""The production application server: gunicorn, configured from the machine and the settings.

Threads serve the many short reads (pages, API); processes use every core for the CPU-bound ones
(DuckDB scans, rendering). gunicorn restarts workers gracefully on HUP and drains them on TERM.
"""

import os

from django.conf import settings
from django.db import connections

# No client address, query string, referrer or user agent: a search term or an IP address can identify a person.
ACCESS_LOG_FORMAT = "%(m)s %(U)s %(s)s %(B)s %(M)sms"
THREADS = 4  # per process; enough to overlap I/O (downloads, the database) without GIL contention
REQUEST_TIMEOUT = 120  # seconds a worker may stay silent; uploads are imported as jobs, not in a request
GRACEFUL_TIMEOUT = 30  # seconds a worker gets to finish its requests on restart or shutdown


def default_workers() -> int:
    cores = os.cpu_count() or 1
    return max(2, min(cores + 1, 9))  # one more than the cores keeps them busy while one waits on I/O


def options(host: str, port: int, *, workers: int | None = None, threads: int | None = None) -> dict:
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or default_workers(),
        "threads": threads or THREADS,
        "worker_class": "gthread",
        "timeout": REQUEST_TIMEOUT,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": 5,
        "accesslog": "-" if getattr(settings, "ACCESS_LOG", False) else None,
        "access_log_format": ACCESS_LOG_FORMAT,
        "errorlog": "-",
        "loglevel": "warning",
        "forwarded_allow_ips": "*" if settings.TRUSTED_PROXIES else "127.0.0.1",
        "limit_request_line": 8190,
        "proc_name": "openklachten",
    }


def _warm_worker(worker) -> None:
    """gunicorn's post_worker_init: warm the worker before it accepts its first request (config.warmup)."""
    from openklachten.config import warmup

    warmup.in_worker(worker.wsgi)


def run(config: dict) -> None:
    """Run gunicorn in this process (it forks the workers) with the project's WSGI application."""
    from gunicorn.app.base import BaseApplication

    from openklachten.config import warmup
    from openklachten.config.wsgi import application

    config = {"post_worker_init": _warm_worker, **config}

    class OpenKlachtenServer(BaseApplication):
        def load_config(self):
            for key, value in config.items():
                if value is not None:
                    self.cfg.set(key, value)

        def load(self):
            return application

    warmup.before_fork()  # imports and checksums once, inherited by every worker
    # Connections opened before the fork (the migration check) must not be shared by the workers.
    connections.close_all()
    OpenKlachtenServer().run()
