"""The worker that `openklachten serve` starts itself, so one command serves a working site.

A child process rather than a thread: imports fork a pool for the anonymisation (forking a threaded
web server is unsafe), and a job that uses every core must not slow the request threads' GIL.
"""

import atexit
import os
import subprocess
import sys

from django.conf import settings


def wanted(choice: str | None = None, engine: str | None = None) -> bool:
    """OPENKLACHTEN_SERVE_WORKER: ja / nee / auto (= on the embedded default, SQLite)."""
    choice = str(settings.SERVE_WORKER if choice is None else choice).strip().lower()
    if choice in ("ja", "1", "true", "yes", "on"):
        return True
    if choice in ("nee", "0", "false", "no", "off"):
        return False
    return (engine or settings.DATABASES["default"]["ENGINE"]).endswith("sqlite3")


def start() -> subprocess.Popen:
    """Start `openklachten worker` as a child with this process's settings; stopped when we exit."""
    # Its own session: Ctrl+C on `serve` does not reach it; stop() ends it once, gracefully first.
    child = subprocess.Popen(
        [sys.executable, "-m", "openklachten", "worker", "--verbosity", "0", "--parent", str(os.getpid())],
        env=dict(os.environ),
        start_new_session=True,
    )
    child.owner = os.getpid()
    atexit.register(stop, child)
    return child


def stop(child: subprocess.Popen) -> None:
    # gunicorn forks its workers from this process: only the process that started the child stops it.
    if getattr(child, "owner", None) != os.getpid():
        return
    if child.poll() is None:
        child.terminate()  # SIGTERM: the worker finishes its running job if it can do so quickly
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
