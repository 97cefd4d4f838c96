"""Re-importing the same complaints updates them; it never duplicates."""

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint
from openklachten.registry.tests.conftest import complaint_row


def test_same_file_twice_gives_the_same_rows(amsterdam, delivery_file):
    path = delivery_file([complaint_row(n) for n in range(1, 4)])
    import_delivery(path, amsterdam)
    before = dict(Complaint.objects.values_list("klacht_key", "public_id"))
    result = import_delivery(path, amsterdam)
    assert (result.created, result.updated) == (0, 3)
    assert Complaint.objects.count() == 3
    assert dict(Complaint.objects.values_list("klacht_key", "public_id")) == before


def test_a_correction_replaces_the_earlier_version(amsterdam, delivery_file):
    import_delivery(delivery_file([complaint_row(1, conclusie="ongegrond")]), amsterdam)
    result = import_delivery(delivery_file([complaint_row(1, conclusie="gegrond"), complaint_row(2)]), amsterdam)
    assert (result.created, result.updated) == (1, 1)
    assert sorted(Complaint.published.values_list("conclusie", flat=True)) == ["gegrond", "gegrond"]


def test_same_case_id_at_two_organisations_is_two_complaints(amsterdam, ombudsman, delivery_file):
    path = delivery_file([complaint_row(1, afdoeningswijze="geluisterd")])  # on both afdoening lists
    import_delivery(path, amsterdam)
    import_delivery(path, ombudsman)
    assert Complaint.objects.count() == 2
