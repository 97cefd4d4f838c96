"""Changing a redaction's type without undoing and re-adding it (issue 15): the value keeps one token and the
numbering stays without gaps."""

import pytest

from openklachten.registry import redaction
from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.models import AuditAction, AuditEntry, DeliveryStatus, PublicationState, QuarantinedText

RAW = "De wethouder Jansen sprak met mevrouw Pietersen; Jansen beloofde een reactie."


def _span(word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = RAW.index(word, start + 1)
    return start, start + len(word)


def _entity(word: str, occurrence: int = 0, kind: str = "NAAM") -> dict:
    start, end = _span(word, occurrence)
    return {"start": start, "end": end, "type": kind, "source": "lijst", "confidence": 0.6}


ENTITIES = [_entity("Jansen"), _entity("Pietersen"), _entity("Jansen", 1)]


def test_every_occurrence_of_the_value_changes_and_the_numbering_follows():
    assert (
        redaction.render(RAW, ENTITIES)
        == "De wethouder [NAAM-1] sprak met mevrouw [NAAM-2]; [NAAM-1] beloofde een reactie."
    )
    entities, changed = redaction.retyped(RAW, ENTITIES, 0, "FUNCTIE")
    assert changed == 2
    assert (
        redaction.render(RAW, entities)
        == "De wethouder [FUNCTIE-1] sprak met mevrouw [NAAM-1]; [FUNCTIE-1] beloofde een reactie."
    )
    assert entities[0]["source"] == "handmatig" and entities[0]["confidence"] == 1.0  # the publisher decided
    assert entities[1] == ENTITIES[1]
    again, changed = redaction.retyped(RAW, entities, 0, "FUNCTIE")
    assert changed == 0 and again == entities


@pytest.mark.django_db
def test_retyping_on_the_review_page(client, publisher, amsterdam):
    delivery = make_delivery(amsterdam, status=DeliveryStatus.IN_REVIEW)
    complaint = make_complaint(delivery, state=PublicationState.IN_REVIEW, gedraging="", published_at=None)
    item = QuarantinedText.objects.create(complaint=complaint, field="gedraging", raw_text=RAW, entities=ENTITIES)
    client.login(username="pietje", password="geheim-wachtwoord")
    url = f"/aanleveren/controle/{item.pk}/"
    page = client.get(url).content.decode()
    assert 'id="soort-0"' in page and 'id="soort-2"' in page  # one select per redaction, each its own id
    response = client.post(url, {"actie": "soort", "index": 2, "type": "FUNCTIE"}, follow=True)
    assert "De soort is gewijzigd van NAAM in FUNCTIE (2 keer)." in response.content.decode()
    item.refresh_from_db()
    assert [e["type"] for e in item.entities] == ["FUNCTIE", "NAAM", "FUNCTIE"]
    assert "[FUNCTIE-1] sprak met mevrouw [NAAM-1]; [FUNCTIE-1]" in response.content.decode()
    bad = client.post(url, {"actie": "soort", "index": 9, "type": "FUNCTIE"}, follow=True)
    assert "Kies een geldige soort gegeven." in bad.content.decode()
    assert client.post(url, {"actie": "soort", "index": 0, "type": "GEHEIM"}, follow=True).status_code == 200
    item.refresh_from_db()
    assert [e["type"] for e in item.entities] == ["FUNCTIE", "NAAM", "FUNCTIE"]
    assert AuditEntry.objects.filter(action=AuditAction.REDACTION_RETYPED).count() == 1
