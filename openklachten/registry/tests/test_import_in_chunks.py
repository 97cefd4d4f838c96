"""A delivery is validated, anonymised and stored in chunks, and still behaves as one: whole-file checks see
every chunk, the counts add up, and a crash in a later chunk leaves the earlier chunks unstored."""

import pytest

from openklachten.registry import importer
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import complaint_row


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(importer, "CHUNK_ROWS", 2)


def test_a_delivery_in_several_chunks_is_one_delivery_with_every_row(amsterdam, delivery_file, small_chunks):
    result = import_delivery(delivery_file([complaint_row(n) for n in range(1, 8)]), amsterdam)

    assert result.ok, result.errors
    assert (result.rows, result.created, result.updated) == (7, 7, 0)
    delivery = Delivery.objects.get()
    assert delivery.row_count == 7
    assert Complaint.objects.filter(delivery=delivery).count() == 7
    received = sorted(Complaint.objects.values_list("ontvangstdatum", flat=True))
    assert (delivery.period_start, delivery.period_end) == (received[0], received[-1])


def test_a_klacht_id_repeated_in_a_later_chunk_is_a_duplicate_and_nothing_is_stored(
    amsterdam, delivery_file, small_chunks
):
    rows = [complaint_row(n) for n in range(1, 6)]
    rows[4]["klacht_id"] = rows[0]["klacht_id"]  # row 6 of the file (chunk 3) repeats row 2 (chunk 1)

    result = import_delivery(delivery_file(rows), amsterdam)

    assert not result.ok
    # Reported by intake's rule and by the importer's own whole-file check, both across chunks.
    assert sorted((e.row, e.code) for e in result.errors) == [(6, "dubbel"), (6, "dubbele_klacht_id")]
    assert all("rij 2" in e.message for e in result.errors)
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0


def test_an_error_in_the_last_chunk_stores_nothing_of_the_earlier_chunks(amsterdam, delivery_file, small_chunks):
    rows = [complaint_row(n) for n in range(1, 6)]
    rows[4]["ontvangwijze"] = "postduif"

    result = import_delivery(delivery_file(rows), amsterdam)

    assert not result.ok and [e.row for e in result.errors] == [6]
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0


def test_a_crash_while_storing_a_later_chunk_keeps_the_previous_state(
    amsterdam, delivery_file, small_chunks, monkeypatch
):
    import_delivery(delivery_file([complaint_row(n, conclusie="ongegrond") for n in range(1, 4)]), amsterdam)
    before = sorted(Complaint.objects.values_list("public_id", "conclusie", "delivery_id"))
    real_store_chunk = importer._store_chunk
    chunks = []

    def crash_in_third_chunk(*args):
        chunks.append(len(args[2]))
        if len(chunks) == 3:
            raise RuntimeError("stroomstoring")
        real_store_chunk(*args)  # the first two chunks really reach the database

    monkeypatch.setattr(importer, "_store_chunk", crash_in_third_chunk)
    with pytest.raises(RuntimeError):
        import_delivery(delivery_file([complaint_row(n, conclusie="gegrond") for n in range(1, 7)]), amsterdam)

    assert chunks == [2, 2, 2]
    assert sorted(Complaint.objects.values_list("public_id", "conclusie", "delivery_id")) == before
    assert Delivery.objects.count() == 1


def test_a_file_object_is_imported_like_a_path(amsterdam, delivery_file, small_chunks):
    path = delivery_file([complaint_row(n) for n in range(1, 4)])
    with open(path, "rb") as handle:
        result = import_delivery(handle, amsterdam, filename="levering.csv")
    assert result.ok and result.created == 3
    assert Delivery.objects.get().source_filename == "levering.csv"


def test_a_crash_in_the_second_real_chunk_stores_nothing(amsterdam, delivery_file, monkeypatch):
    """The real chunk size, not a test-sized one: a file one chunk and a bit long (the same texts in every row,
    so the anonymiser sees each once)."""
    rows = [complaint_row(n) for n in range(1, importer.CHUNK_ROWS + 51)]
    real_store_chunk = importer._store_chunk
    stored = []

    def crash_in_second_chunk(*args):
        stored.append(len(args[2]))
        if len(stored) == 2:
            raise RuntimeError("schijf vol")
        real_store_chunk(*args)

    monkeypatch.setattr(importer, "_store_chunk", crash_in_second_chunk)
    with pytest.raises(RuntimeError):
        import_delivery(delivery_file(rows), amsterdam)

    assert stored == [importer.CHUNK_ROWS, 50]
    assert Complaint.objects.count() == 0 and Delivery.objects.count() == 0
