"""For tests: a separate database that other processes (a worker, a server) can open.

The test suite's own database is in memory on SQLite, so a test that starts real processes gives them
a database of their own: a SQLite file in a temporary data directory, or, when the suite runs on
PostgreSQL (DATABASE_URL), a fresh database next to it on the same server.
"""

import atexit
import os
import uuid

import dj_database_url


def process_env(data_dir) -> dict:
    """Environment for `openklachten ...` subprocesses with their own, empty database."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    # Not the public defaults: serve and worker refuse to start with those (outside DEBUG).
    env.update(
        OPENKLACHTEN_DATA_DIR=str(data_dir),
        OPENKLACHTEN_LINK_SECRET="test-link-secret",
        SECRET_KEY="test-secret-key-of-the-subprocesses",
        DJANGO_SETTINGS_MODULE="openklachten.config.settings",
        OPENKLACHTEN_SERVE_WORKER="auto",
    )
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"] = _fresh_postgres_database(url)
    return env


def _fresh_postgres_database(url: str) -> str:
    import psycopg

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_proc_{uuid.uuid4().hex[:8]}"[:63]
    admin = dict(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with psycopg.connect(**admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    atexit.register(_drop, admin, name)
    return url.rsplit("/", 1)[0] + "/" + name


def _drop(admin: dict, name: str) -> None:
    import psycopg

    with psycopg.connect(**admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
