"""A delivery is stored completely or not at all; errors come back as a report."""

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import complaint_row


def test_valid_delivery_is_stored_with_counts(amsterdam, delivery_file):
    result = import_delivery(delivery_file([complaint_row(n) for n in range(1, 6)]), amsterdam)
    assert result.ok
    assert (result.created, result.updated) == (5, 0)
    assert Complaint.published.filter(organisation=amsterdam).count() == 5
    assert Delivery.objects.get().row_count == 5


def test_one_bad_row_stores_nothing_and_reports_it(amsterdam, delivery_file):
    rows = [complaint_row(n) for n in range(1, 6)]
    rows[3]["ontvangstdatum"] = "31-31-2024"
    result = import_delivery(delivery_file(rows), amsterdam)
    assert not result.ok
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0
    error = next(e for e in result.errors if e.column.lower() == "ontvangstdatum")
    assert error.row == 5  # header is row 1
    assert error.value == "31-31-2024"
    assert error.message  # Dutch explanation for the publisher


def test_duplicate_case_ids_in_one_delivery_are_an_error(amsterdam, delivery_file):
    result = import_delivery(delivery_file([complaint_row(1), complaint_row(1)]), amsterdam)
    assert not result.ok
    assert any("meerdere keren" in e.message or e.column == "klacht_id" for e in result.errors)
    assert Complaint.objects.count() == 0


def test_derived_term_fields_are_computed(amsterdam, delivery_file):
    late = complaint_row(2, datum_afhandeling="2024-05-01")  # 61 days, no extension
    import_delivery(delivery_file([complaint_row(1), late]), amsterdam)
    on_time, overdue = Complaint.objects.order_by("behandelduur_dagen")
    assert (on_time.behandelduur_dagen, on_time.binnen_termijn) == (28, True)
    assert (overdue.behandelduur_dagen, overdue.termijn_dagen, overdue.binnen_termijn) == (61, 42, False)
