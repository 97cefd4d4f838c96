"""The review queue: highlighted redactions, undo, add, approve -> published and raw text purged."""

import pytest
from django.contrib.auth import get_user_model

from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.models import Complaint, DeliveryStatus, PublicationState, Publisher, QuarantinedText

RAW = "Mevrouw Jolanda Brinkhorst uit Zwolle belde met de heer Kees Overbeek over haar aanvraag."


@pytest.fixture
def held(amsterdam):
    """A complaint in review, as the importer leaves it: text withheld, raw text in quarantine."""
    delivery = make_delivery(amsterdam, status=DeliveryStatus.IN_REVIEW)
    complaint = make_complaint(delivery, state=PublicationState.IN_REVIEW, gedraging="", published_at=None)
    start = RAW.index("Jolanda Brinkhorst")
    entities = [
        {"start": start, "end": start + len("Jolanda Brinkhorst"), "type": "NAAM", "source": "lijst", "confidence": 0.6}
    ]
    return QuarantinedText.objects.create(complaint=complaint, field="gedraging", raw_text=RAW, entities=entities)


@pytest.fixture
def logged_in(client, publisher):
    client.login(username="pietje", password="geheim-wachtwoord")
    return client


def test_queue_lists_the_text_and_shows_redactions_highlighted(logged_in, held):
    page = logged_in.get("/aanleveren/controle/").content.decode()
    assert held.complaint.public_id in page
    page = logged_in.get(f"/aanleveren/controle/{held.pk}/").content.decode()
    assert '<mark data-type="NAAM"' in page
    assert "[NAAM-1] uit Zwolle" in page  # the preview of what will be published
    assert (
        "twijfel</strong>: de anonimiseerder is niet zeker dat dit een persoonsgegeven is (0,60)" in page
    )  # why it is in the queue


def test_add_undo_and_approve(logged_in, held, django_capture_on_commit_callbacks):
    url = f"/aanleveren/controle/{held.pk}/"
    logged_in.post(url, {"actie": "zin", "phrase": "Kees Overbeek", "type": "NAAM"})
    held.refresh_from_db()
    assert len(held.entities) == 2
    start = RAW.index("Zwolle")
    logged_in.post(url, {"actie": "toevoegen", "start": start, "end": start + 6, "type": "ADRES"})
    held.refresh_from_db()
    zwolle = next(i for i, e in enumerate(held.entities) if e["type"] == "ADRES")
    logged_in.post(url, {"actie": "ongedaan", "index": zwolle})  # Zwolle is context, not personal data
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(url, {"actie": "goedkeuren"})
    assert response.status_code == 302

    complaint = Complaint.published.get(pk=held.complaint_id)
    assert complaint.gedraging == "Mevrouw [NAAM-1] uit Zwolle belde met de heer [NAAM-2] over haar aanvraag."
    assert not QuarantinedText.objects.exists()  # raw text purged on publication
    complaint.delivery.refresh_from_db()
    assert complaint.delivery.status == DeliveryStatus.PUBLISHED


def test_other_publishers_cannot_see_the_text(client, held, ombudsman):
    other = get_user_model().objects.create_user("ander", password="geheim-wachtwoord")
    Publisher.objects.create(user=other, organisation=ombudsman)
    client.login(username="ander", password="geheim-wachtwoord")
    assert client.get(f"/aanleveren/controle/{held.pk}/").status_code == 404
    assert "Brinkhorst" not in client.get("/aanleveren/controle/").content.decode()


def test_complaint_in_review_is_not_public(held):
    assert not Complaint.published.filter(pk=held.complaint_id).exists()


# An incomplete spoken number: redacted, but the engine cannot be sure it took all of it, so a person looks.
DOUBTFUL = "Klager belde vanaf nul zes twaalf drie vier en hing toen op."


def test_import_sends_a_doubtful_text_to_review_and_approval_publishes_it(
    logged_in, amsterdam, delivery_file, django_capture_on_commit_callbacks
):
    from openklachten.anonymisation import anonymise
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.tests.conftest import complaint_row

    assert anonymise(DOUBTFUL).needs_review, "precondition: the anonymiser doubts this spoken number"
    result = import_delivery(delivery_file([complaint_row(1, gedraging=DOUBTFUL), complaint_row(2)]), amsterdam)
    assert result.in_review == 1
    held = QuarantinedText.objects.get()
    complaint = held.complaint
    assert (complaint.state, complaint.gedraging, held.raw_text) == (PublicationState.IN_REVIEW, "", DOUBTFUL)
    assert complaint.bevindingen  # the other, confident texts of the same complaint are anonymised as usual
    assert Complaint.published.count() == 1
    assert result.delivery.status == DeliveryStatus.IN_REVIEW

    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(f"/aanleveren/controle/{held.pk}/", {"actie": "goedkeuren"})
    published = Complaint.published.get(pk=complaint.pk)
    assert "twaalf" not in published.gedraging and "[TELEFOON-1]" in published.gedraging
    assert not QuarantinedText.objects.exists()
