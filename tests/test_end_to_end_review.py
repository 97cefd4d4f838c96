"""Doubtful texts on the real journey: hidden until the publisher approves them, or withheld once they expire."""

from django.conf import settings

from .conftest import MARKER, ORGANISATION
from .test_end_to_end_publication import PII_PHONE, body


def test_text_in_review_stays_private_until_the_publisher_approves_it(db, tmp_path, publish, client):
    """A doubtful detection sends the text to the quarantine: nothing public until approval, then redacted."""
    from openklachten.registry import quarantine
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.models import Complaint, QuarantinedText

    from .conftest import fill_template, leave_empty_readmodel, person_rows, register_organisation

    register_organisation()
    doubtful = f"Collega Qwibbelaar belde {PII_PHONE} omdat de {MARKER} niet werden terugbetaald."
    row = dict(person_rows()[0], **{"Gedraging": doubtful})
    result = publish(import_delivery, fill_template(tmp_path / "twijfel.xlsx", [row]), ORGANISATION)
    assert result.ok and result.in_review == 1
    complaint = Complaint.objects.get(delivery=result.delivery)
    assert complaint.state == "in_review" and "Qwibbelaar" not in complaint.gedraging
    for url in ("/api/v1/klachten", "/downloads/klachten.jsonl", "/klachten", f"/klachten/{complaint.public_id}"):
        text = body(client.get(url)).decode("utf-8", "replace")
        assert complaint.public_id not in text and "Qwibbelaar" not in text, url
    assert client.get("/api/v1/statistieken").json()["samenvatting"]["total"] == 0

    for item in QuarantinedText.objects.filter(complaint=complaint):
        publish(quarantine.approve, item, item.entities)
    assert not QuarantinedText.objects.filter(complaint=complaint).exists()  # raw text purged on approval
    published = client.get(f"/api/v1/klachten/{complaint.public_id}")
    assert published.status_code == 200
    assert "[NAAM-1]" in published.json()["gedraging"] and MARKER in published.json()["gedraging"]
    assert "Qwibbelaar" not in published.content.decode() and PII_PHONE not in published.content.decode()
    leave_empty_readmodel()


def test_unreviewed_text_expires_into_statistics_without_its_text(db, tmp_path, publish, client):
    """Nobody reviews the doubtful text: after the quarantine term the complaint counts, its text never shows."""
    import datetime as dt

    from django.utils import timezone

    from openklachten.registry import quarantine
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.models import Complaint, QuarantinedText

    from .conftest import fill_template, leave_empty_readmodel, person_rows, register_organisation

    register_organisation()
    row = dict(person_rows()[0], **{"Gedraging": f"Collega Qwibbelaar belde {PII_PHONE} over de {MARKER}."})
    result = publish(import_delivery, fill_template(tmp_path / "vergeten.xlsx", [row]), ORGANISATION)
    complaint = Complaint.objects.get(delivery=result.delivery)
    assert complaint.state == "in_review"
    later = timezone.now() + dt.timedelta(days=settings.QUARANTINE_DAYS + 1)
    assert publish(quarantine.purge_expired, later) == 1  # the one doubtful text
    assert not QuarantinedText.objects.exists()
    api = client.get(f"/api/v1/klachten/{complaint.public_id}")
    assert api.status_code == 200
    assert not api.json()["gedraging"] and api.json()["tekst_achtergehouden"]
    assert "Qwibbelaar" not in api.content.decode() and PII_PHONE not in api.content.decode()
    assert client.get("/api/v1/statistieken").json()["samenvatting"]["total"] == 1
    leave_empty_readmodel()
