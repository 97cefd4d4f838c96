"""Re-importing the same complaints updates them; it never duplicates."""

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint
from openklachten.registry.tests.conftest import complaint_row, write_delivery
from openklachten.standard import load


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


def test_a_file_without_case_ids_is_idempotent_too(amsterdam, tmp_path):
    """Standard V0.2 has no Klacht-ID column: the platform derives an id from the row's content."""
    v02 = {
        "beantwoordingstermijn": "binnen 6 weken",
        "herziening": "nee",
        "schriftelijk_oordeel": "https://www.ombudsmanmetropool.nl/klachten-2021-week-16/hoorverslagen",
    }
    rows = [complaint_row(n, gedraging=f"Klacht nummer {n} over de parkeervergunning.", **v02) for n in (1, 2)]
    rows.append(dict(rows[1]))  # two identical rows stay two complaints
    columns = [a.machine_name for a in load().attributes if a.required_v02]  # the V0.2 columns only
    path = write_delivery(tmp_path / "v02.csv", rows, columns)
    assert import_delivery(path, amsterdam).created == 3
    again = import_delivery(path, amsterdam)
    assert (again.created, again.updated) == (0, 3)
    assert Complaint.objects.count() == 3
