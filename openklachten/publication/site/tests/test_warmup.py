"""A server process warms itself before it accepts requests (config.warmup): real pages, no lease left behind."""

import pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from openklachten.config import appserver, warmup
from openklachten.publication.readmodel import connection


@pytest.fixture
def keep_test_connection():
    """As Django's test client does: a request must not close the connection that holds the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_warm_up_requests_answer_like_a_visitor_gets_them(data, settings, keep_test_connection):
    settings.ALLOWED_HOSTS = ["klachten.example.nl"]  # production: the warm-up must not be a bad-Host 400
    application = get_wsgi_application()
    assert [warmup.request(application, path)[:3] for path in warmup.PATHS] == ["200"] * len(warmup.PATHS)


def test_a_warmed_worker_keeps_no_lease_on_the_generation(data, monkeypatch, keep_test_connection):
    monkeypatch.setattr("django.db.connections.close_all", lambda: None)  # the test's transaction stays open
    warmup.in_worker(get_wsgi_application())
    assert getattr(connection._local, "leases", {}) == {}  # a rebuild's pruning is not held up by the warm-up


def test_what_the_warm_up_loaded_is_left_out_of_garbage_collection(data, monkeypatch, keep_test_connection):
    import gc

    monkeypatch.setattr("django.db.connections.close_all", lambda: None)  # the test's transaction stays open
    gc.unfreeze()
    try:
        warmup.in_worker(get_wsgi_application())
        assert gc.get_freeze_count() > 0  # a full collection in a request no longer walks these objects
    finally:
        gc.unfreeze()


def test_a_failing_warm_up_never_stops_the_worker(monkeypatch):
    def broken(application, path):
        raise RuntimeError("kapot")

    monkeypatch.setattr(warmup, "request", broken)
    assert warmup.in_worker(object()) >= 0


def test_gunicorn_warms_each_worker_before_it_accepts(monkeypatch):
    seen = {}

    class Worker:
        wsgi = "de applicatie"

    monkeypatch.setattr(warmup, "in_worker", lambda application: seen.setdefault("app", application))
    monkeypatch.setattr(warmup, "watch", lambda application: seen.setdefault("watched", application))
    appserver._warm_worker(Worker())
    assert seen == {"app": "de applicatie", "watched": "de applicatie"}


def test_a_new_generation_is_warmed_in_the_worker_and_fills_the_page_cache(
    data, settings, monkeypatch, keep_test_connection
):
    from openklachten.publication import readmodel
    from openklachten.publication.site import pagecache

    monkeypatch.setattr("django.db.connections.close_all", lambda: None)  # the test's transaction stays open
    application = get_wsgi_application()
    seen = warmup.current_generation()
    assert warmup.warm_if_switched(application, seen) == seen and pagecache.pages.stored == 0  # nothing new
    readmodel.rebuild()
    now = warmup.warm_if_switched(application, seen)
    assert now != seen and now == readmodel.current_dir()
    assert pagecache.pages.stored == len(warmup.PATHS) and pagecache.pages.generation == str(now)
