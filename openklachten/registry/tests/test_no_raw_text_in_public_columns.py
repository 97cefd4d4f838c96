"""Synthetic personal data in the delivered free text never reaches a Complaint column."""

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import PII, complaint_row


def _texts():
    return {
        "gedraging": f"Mevrouw {PII['naam']} (tel. {PII['telefoon']}, {PII['email']}) kreeg geen antwoord.",
        "bevindingen": f"Het bedrag is teruggestort op {PII['iban']}; klager woont op {PII['postcode']}.",
        "oordeel_klacht": f"De klacht van {PII['naam']} is gegrond.",
    }


def test_pii_is_absent_from_every_complaint_column(amsterdam, delivery_file):
    rows = [complaint_row(n, **_texts()) for n in range(1, 4)]
    result = import_delivery(delivery_file(rows), amsterdam)
    assert result.ok and Complaint.objects.count() == 3
    for values in Complaint.objects.values():
        dump = " ".join(str(v) for v in values.values())
        for label, value in PII.items():
            assert value not in dump, f"{label} leaked"
        assert "Verhoeven" not in dump
    for values in Delivery.objects.values():
        assert not any(v in " ".join(map(str, values.values())) for v in PII.values())
    # Not vacuous: the texts were stored, redacted, not merely held back.
    for complaint in Complaint.objects.all():
        assert "[NAAM-1]" in complaint.gedraging and "[TELEFOON-1]" in complaint.gedraging
        assert "[IBAN-1]" in complaint.bevindingen and "kreeg geen antwoord" in complaint.gedraging


def test_a_link_that_names_the_complainant_is_not_published(amsterdam, delivery_file):
    naming = "https://www.amsterdam.nl/oordelen/verhoeven-tjoa-123456782.pdf"
    plain = "https://www.ombudsmanmetropool.nl/klachten-2021-week-16/hoorverslagen"
    rows = [complaint_row(1, schriftelijk_oordeel=naming), complaint_row(2, schriftelijk_oordeel=plain)]
    import_delivery(delivery_file(rows), amsterdam)
    links = set(Complaint.objects.values_list("schriftelijk_oordeel", flat=True))
    assert links == {"", plain}
