"""A second-line complaint links to its first-line complaint without publishing the case id."""

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint
from openklachten.registry.tests.conftest import complaint_row


def test_second_line_joins_first_line_on_the_key(amsterdam, ombudsman, delivery_file):
    import_delivery(delivery_file([complaint_row(7), complaint_row(8)]), amsterdam)
    second = complaint_row(
        900,
        eerstelijns_tweedelijns="tweedelijns",
        gerelateerde_klacht_organisatie="Gemeente Amsterdam",  # by name; the key uses the TOOI code
        gerelateerde_klacht_id="z-2024-00007 ",
        bestuursorgaan="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        afdoeningswijze="aanbeveling",
    )
    import_delivery(delivery_file([second]), ombudsman)

    line2 = Complaint.objects.get(organisation=ombudsman)
    line1 = Complaint.objects.get(klacht_key=line2.gerelateerde_klacht_key)
    assert line1.organisation == amsterdam
    assert line2.bestuursorgaan_naam == "Gemeente Amsterdam"
    for complaint in (line1, line2):
        values = [str(v) for v in Complaint.objects.filter(pk=complaint.pk).values().get().values()]
        assert not any("Z-2024-00007" in v.upper() for v in values)


def test_link_holds_when_the_first_line_organisation_is_named_before_it_delivers(ombudsman, delivery_file):
    """The ombudsman may deliver first; the key still uses the reference list's code."""
    from openklachten.registry import linking

    second = complaint_row(
        901,
        eerstelijns_tweedelijns="tweedelijns",
        gerelateerde_klacht_organisatie="Gemeente Utrecht",
        gerelateerde_klacht_id="U-77",
        afdoeningswijze="aanbeveling",
    )
    import_delivery(delivery_file([second]), ombudsman)
    assert Complaint.objects.get().gerelateerde_klacht_key == linking.klacht_key("gm0344", "U-77")
