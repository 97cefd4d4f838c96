"""A rebuild that fails after a withdrawal must not leave the withdrawn complaints public (QA finding F9)."""

import pytest

from openklachten.publication import query, readmodel
from openklachten.registry import withdrawal


def _break_rebuilds():
    """A real failure: the build lock path is a directory, so write_generation cannot open it."""
    lock = readmodel.root() / ".lock"
    lock.unlink(missing_ok=True)
    lock.mkdir()
    return lock


def test_failed_rebuild_after_withdrawal_stops_serving_and_says_so(public_dataset, client,
                                                                   django_capture_on_commit_callbacks):
    delivery = public_dataset["deliveries"][1]  # Utrecht's 12 published complaints
    assert query.overview(query.Filters())["total"] == 53
    lock = _break_rebuilds()
    with pytest.raises(readmodel.ReadModelStale, match="draai openklachten build_readmodel"):
        with django_capture_on_commit_callbacks(execute=True):
            withdrawal.withdraw_delivery(delivery)
    with pytest.raises(readmodel.ReadModelStale):
        query.overview(query.Filters())
    response = client.get("/api/v1/klachten")
    assert response.status_code == 503 and "build_readmodel" in response.json()["detail"]
    lock.rmdir()
    readmodel.rebuild()  # what `openklachten build_readmodel` does
    assert query.overview(query.Filters())["total"] == 41
    assert client.get("/api/v1/klachten").status_code == 200


def test_failed_rebuild_after_import_keeps_serving(public_dataset, django_capture_on_commit_callbacks):
    from openklachten.registry.signals import publication_changed

    lock = _break_rebuilds()
    publication_changed.send(sender=None, organisation_ids=[public_dataset["utrecht"].id], reason="import")
    assert query.overview(query.Filters())["total"] == 53  # new data waits; nothing withdrawn is exposed
    lock.rmdir()
