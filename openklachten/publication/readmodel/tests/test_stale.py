"""A rebuild that fails after a withdrawal must not leave the withdrawn complaints public (QA finding F9)."""

import pytest
from django.conf import settings
from django.test import Client, override_settings

from openklachten.publication import query, readmodel
from openklachten.registry import withdrawal

MIDDLEWARE = "openklachten.publication.readmodel.middleware.StaleReadModelMiddleware"


@pytest.fixture
def broken_rebuilds(public_dataset):
    """A real failure: the build lock path is a directory, so write_generation cannot open it."""
    lock = readmodel.root() / ".lock"
    lock.unlink(missing_ok=True)
    lock.mkdir()
    yield lock
    if lock.is_dir():
        lock.rmdir()


def test_failed_rebuild_after_withdrawal_stops_serving_and_says_so(
    public_dataset, broken_rebuilds, client, django_capture_on_commit_callbacks
):
    delivery = public_dataset["deliveries"][1]  # Utrecht's 12 published complaints
    assert query.overview(query.Filters())["total"] == 53
    with pytest.raises(readmodel.ReadModelStale, match="draai openklachten build_readmodel"):
        with django_capture_on_commit_callbacks(execute=True):
            withdrawal.withdraw_delivery(delivery)
    with pytest.raises(readmodel.ReadModelStale):
        query.overview(query.Filters())
    response = client.get("/api/v1/klachten")
    assert response.status_code == 503 and response["Retry-After"] and "bijgewerkt" in response.json()["detail"]
    with override_settings(MIDDLEWARE=[*settings.MIDDLEWARE, MIDDLEWARE]):
        fresh = Client(raise_request_exception=False)  # a client loads the middleware on its first request
        for url in (
            "/",
            "/klachten",
            "/downloads/klachten.csv",
            "/downloads/klachten-gm0344.jsonl",
            "/api/v1/organisaties",
        ):
            page = fresh.get(url)
            assert page.status_code == 503, url
            assert "bijgewerkt" in page.content.decode() and "build_readmodel" not in page.content.decode(), url
    broken_rebuilds.rmdir()
    readmodel.rebuild()  # what `openklachten build_readmodel` does
    assert query.overview(query.Filters())["total"] == 41
    assert client.get("/api/v1/klachten").status_code == 200


def test_failed_rebuild_after_import_keeps_serving(public_dataset, broken_rebuilds):
    from openklachten.registry.signals import publication_changed

    publication_changed.send(sender=None, organisation_ids=[public_dataset["utrecht"].id], reason="import")
    assert query.overview(query.Filters())["total"] == 53  # new data waits; nothing withdrawn is exposed
