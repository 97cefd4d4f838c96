"""The permanent page of one complaint, with its first-line <-> second-line chain."""

from openklachten.publication.site.tests.conftest import rebuild_readmodel
from openklachten.registry.models import Complaint, PublicationState


def test_detail_shows_fields_text_and_the_chain_both_ways(client, data, settings):
    first = client.get("/klachten/AMS0000").content.decode()
    assert "Gemeente Amsterdam" in first and "grofvuil" in first
    assert "Onderzocht en gegrond" in first
    assert 'href="/klachten/OMB0001"' in first
    assert f"{settings.PUBLIC_BASE_URL}/klachten/AMS0000" in first  # permanent link
    second = client.get("/klachten/OMB0001").content.decode()
    assert 'href="/klachten/AMS0000"' in second
    assert "Nationale ombudsman" in second


def test_withdrawn_complaint_is_gone(client, data):
    Complaint.objects.filter(public_id="AMS0001").update(state=PublicationState.WITHDRAWN)
    rebuild_readmodel()
    assert client.get("/klachten/AMS0001").status_code == 404
