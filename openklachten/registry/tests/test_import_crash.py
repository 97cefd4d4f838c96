"""A crash in the middle of an import leaves the database exactly as it was."""

import pytest

from openklachten.registry import importer
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import complaint_row


def test_crash_after_first_batch_rolls_everything_back(amsterdam, delivery_file, monkeypatch):
    import_delivery(delivery_file([complaint_row(n, conclusie="ongegrond") for n in range(1, 4)]), amsterdam)
    before = sorted(Complaint.objects.values_list("public_id", "conclusie", "delivery_id"))

    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    real_store_batch = importer._store_batch
    calls = []

    def crash_on_second_batch(complaints):
        calls.append(len(complaints))
        real_store_batch(complaints)  # the first batch really reaches the database
        if len(calls) == 2:
            raise RuntimeError("stroomstoring")

    monkeypatch.setattr(importer, "_store_batch", crash_on_second_batch)
    rows = [complaint_row(n, conclusie="gegrond") for n in range(1, 7)]
    with pytest.raises(RuntimeError):
        import_delivery(delivery_file(rows), amsterdam)

    assert calls == [2, 2]
    assert sorted(Complaint.objects.values_list("public_id", "conclusie", "delivery_id")) == before
    assert Delivery.objects.count() == 1
