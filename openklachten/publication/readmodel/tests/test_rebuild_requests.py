"""Rebuild requests: a burst folds into one build, the re-check under the lock skips needless builds."""

import threading

import pytest

from openklachten.publication import query, readmodel
from openklachten.publication.query import store
from openklachten.publication.readmodel import freshness, generations, rebuilds
from openklachten.registry import factories


def _change(organisation) -> int:
    """One change in what is public, counted like the registry counts it (the signal is left to the test)."""
    from openklachten.registry import sequence

    factories.make_complaint(factories.make_delivery(organisation))
    return sequence.advance("import")


def test_a_rebuild_without_changes_is_skipped_under_the_lock(public_dataset):
    before = readmodel.current_dir()
    assert readmodel.request_rebuild() is None  # nothing changed since the fixture's build
    assert readmodel.current_dir() == before
    _change(public_dataset["amsterdam"])
    readmodel.request_rebuild()
    assert readmodel.current_dir() != before and query.overview(query.Filters())["total"] == 54


@pytest.mark.django_db(transaction=True)  # the background thread has its own database connection
def test_a_burst_of_requests_in_web_requests_gives_one_build(settings):
    settings.READMODEL_REBUILD = "achtergrond"
    organisation = factories.make_organisation()
    readmodel.rebuild()
    number = _change(organisation)
    root = readmodel.root()
    pending = rebuilds.queue(root)
    builds_before = pending.builds
    with generations.build_lock(root):  # a build elsewhere holds the lock while the burst arrives
        with freshness.request_scope():
            tickets = [readmodel.request_rebuild() for _ in range(10)]
        assert all(tickets)
    assert pending.wait(tickets[-1], timeout=120)
    assert pending.builds - builds_before == 1  # the later requests found the model up to date
    assert readmodel.status()["volgnummer"] == number


@pytest.mark.django_db(transaction=True)
def test_the_background_thread_ends_when_the_queue_is_empty(settings):
    settings.READMODEL_REBUILD = "achtergrond"
    factories.make_organisation()
    with freshness.request_scope():
        ticket = readmodel.request_rebuild(force=True)
    pending = rebuilds.queue(readmodel.root())
    assert pending.wait(ticket, timeout=120)
    pending.thread and pending.thread.join(timeout=30)
    assert pending.thread is None and readmodel.current_dir() is not None


def test_withdrawal_in_the_registry_is_refused_until_the_rebuild(public_dataset, django_capture_on_commit_callbacks):
    """The sequence rule alone, without any marker file: behind a withdrawal -> ReadModelStale."""
    from openklachten.registry import withdrawal

    delivery = public_dataset["deliveries"][1]
    withdrawal.withdraw_delivery(delivery)  # committed for this test's transaction; the signal never fires
    state = readmodel.status()
    assert state["achterstand"] == 1 and not state["serveerbaar"]
    # Reading now heals: in tests the rebuild runs in the asking thread.
    assert query.overview(query.Filters())["total"] == 41


def test_the_answer_cache_is_keyed_by_the_generation_the_thread_reads(public_dataset):
    query.overview(query.Filters())
    pinned = store.generation()
    readmodel.rebuild()  # as another process would: CURRENT moves on, this thread's cursor stays
    assert readmodel.current_dir() != readmodel.current_generation()  # this thread has not looked again yet
    assert store.generation() == pinned  # so an answer computed now is cached under what it was computed on
    query.overview(query.Filters())
    assert store.generation() == str(readmodel.current_dir())


def test_the_answer_cache_survives_many_threads_evicting_at_once(public_dataset):
    @store.cached
    def square(n):
        return {"n": n * n}

    errors = []

    def hammer(offset):
        try:
            for i in range(3000):
                key = (i * 7 + offset) % (store.CACHE_SIZE + 200)  # more keys than fit: constant eviction
                assert square(key) == {"n": key * key}
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
