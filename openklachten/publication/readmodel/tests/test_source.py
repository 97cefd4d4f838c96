"""Reading the registry: PostgreSQL's COPY path gives exactly the rows the ORM path gives."""

import pyarrow.parquet as pq
import pytest
from django.db import connection

from openklachten.publication.readmodel import source, writer
from openklachten.registry.models import Complaint


def _rows(records, path):
    writer._write_raw(records, path)
    return sorted(pq.read_table(path).to_pylist(), key=lambda row: row["id"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_copy_reads_the_same_records_as_the_orm(public_dataset, tmp_path):
    awkward = Complaint.published.order_by("id")[:4]
    texts = ['Regel één,\nregel "twee"; N/A', "NULL", "", "\\N tab\tslash\\"]
    for complaint, text in zip(awkward, texts, strict=True):
        Complaint.objects.filter(pk=complaint.pk).update(gedraging=text, bevindingen=text, themas=[])
    copied = _rows(source.records(), tmp_path / "copy.parquet")
    orm = _rows(source.orm_records(), tmp_path / "orm.parquet")
    assert len(copied) == Complaint.published.count() > 50
    assert copied == orm
    by_id = {row["id"]: row for row in copied}
    assert by_id[awkward[0].pk]["gedraging"] == texts[0] and by_id[awkward[1].pk]["gedraging"] == "NULL"
    assert by_id[awkward[2].pk]["gedraging"] is None and by_id[awkward[0].pk]["themas"] == []
    assert any(len(row["themas"]) == 2 for row in copied)


def test_sqlite_and_other_databases_read_through_the_orm(public_dataset):
    records = list(source.records())  # read to the end: a COPY left half-read holds the connection
    if connection.vendor == "postgresql":
        assert sum(batch.num_rows for batch in records) == Complaint.published.count()
    else:
        assert len(records) == Complaint.published.count() and isinstance(records[0], dict)
