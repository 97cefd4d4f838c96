"""Withdrawal beyond the happy path: cumulative re-deliveries, and a rebuild that fails after a withdrawal."""

import pytest

from .conftest import ORGANISATION
from .test_end_to_end_publication import body


def test_a_complaint_withdrawn_on_its_own_stays_withdrawn_on_the_next_cumulative_delivery(
    imported, tmp_path, publish, client
):
    """Case systems export the whole register every quarter: a withdrawn complaint must not come back (F8)."""
    from django.core.management import call_command

    from openklachten.registry.importer import import_delivery

    from .conftest import fill_template, person_rows

    parking, youth = imported["parking"], imported["youth"]
    publish(call_command, "withdraw", complaint=parking.public_id)
    result = publish(import_delivery, fill_template(tmp_path / "q2-cumulatief.xlsx", person_rows()), ORGANISATION)
    assert result.ok and result.skipped_withdrawn == 1
    assert client.get(f"/api/v1/klachten/{parking.public_id}").status_code == 404
    assert client.get(f"/klachten/{parking.public_id}").status_code == 404
    assert {r["public_id"] for r in client.get("/api/v1/klachten").json()["resultaten"]} == {youth.public_id}
    assert parking.public_id not in body(client.get("/downloads/klachten.csv")).decode()


STALE_URLS = (
    "/",
    "/klachten",
    "/klachten/{id}",
    "/api/v1/klachten",
    "/api/v1/klachten/{id}",
    "/downloads/klachten.csv",
    f"/downloads/klachten-{ORGANISATION}.csv",
    "/embed/trend",
    "/grafieken/trend.csv",
)


@pytest.fixture
def failed_withdrawal(imported, publish, monkeypatch):
    """Withdraw one complaint while the read model cannot be rebuilt (disk full): the registry has committed."""
    from django.core.management import call_command

    from openklachten.publication.readmodel import ReadModelStale, writer

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write_generation", disk_full)
    with pytest.raises(ReadModelStale) as failure:
        publish(call_command, "withdraw", complaint=imported["parking"].public_id)
    yield {"public_id": imported["parking"].public_id, "message": str(failure.value)}
    monkeypatch.undo()


def test_a_withdrawal_whose_rebuild_fails_is_never_served_again(failed_withdrawal, client):
    """The command fails visibly, in Dutch; no public channel serves the previous generation any more (F9)."""
    assert "build_readmodel" in failed_withdrawal["message"]
    client.raise_request_exception = False
    for template in STALE_URLS:
        url = template.format(id=failed_withdrawal["public_id"])
        response = client.get(url)
        assert response.status_code >= 500 or (
            response.status_code == 200 and failed_withdrawal["public_id"] not in body(response).decode()
        ), url


def test_a_stale_read_model_answers_503_everywhere(failed_withdrawal, client):
    """'Temporarily unavailable' (503, Dutch page or problem+json), not a server error (500), on site and downloads."""
    client.raise_request_exception = False
    statuses = {t: client.get(t.format(id=failed_withdrawal["public_id"])).status_code for t in STALE_URLS}
    assert set(statuses.values()) == {503}, statuses
