import datetime as dt

import duckdb

from openklachten.publication import query, readmodel
from openklachten.registry import factories
from openklachten.registry.signals import publication_changed


def _count() -> int:
    return query.overview(query.Filters())["total"]


def test_only_published_complaints_reach_the_read_model(public_dataset):
    gen = readmodel.current_dir()
    con = duckdb.connect(str(gen / "readmodel.duckdb"), read_only=True)
    ids = {r[0] for r in con.execute("SELECT public_id FROM klachten").fetchall()}
    con.close()
    assert len(ids) == 53
    assert public_dataset["hidden"].public_id not in ids  # in review
    assert "INGETROKKEN1" not in ids  # withdrawn delivery


def test_raw_text_of_unpublished_complaints_is_in_no_file(public_dataset):
    for path in (p for p in readmodel.current_dir().rglob("*") if p.is_file()):  # the per-organisation parts too
        assert b"Geheime tekst" not in path.read_bytes(), path.name


def test_rebuild_switches_generation_atomically_and_readers_follow(public_dataset):
    before = readmodel.current_dir()
    assert _count() == 53
    factories.make_complaint(factories.make_delivery(public_dataset["amsterdam"]), ontvangstdatum=dt.date(2024, 5, 5))
    readmodel.rebuild()
    after = readmodel.current_dir()
    assert after != before and (after.parent / "CURRENT").read_text() == after.name
    assert not list(after.parent.glob("CURRENT.tmp"))
    assert _count() == 54


def test_publication_changed_signal_rebuilds(public_dataset):
    factories.make_complaint(factories.make_delivery(public_dataset["utrecht"]), ontvangstdatum=dt.date(2024, 6, 6))
    assert _count() == 53
    publication_changed.send(sender=None, organisation_ids=[public_dataset["utrecht"].id], reason="import")
    assert _count() == 54


def test_old_generations_are_pruned_unless_a_reader_holds_them(public_dataset):
    _count()  # this thread now reads the fixture's generation
    held = readmodel.current_generation()
    for _ in range(3):
        readmodel.rebuild()
    assert set(readmodel.root().glob("gen-*")) == {held, readmodel.current_dir()}
    _count()  # the thread moves on to the current generation and lets go of the old one
    readmodel.rebuild()
    remaining = set(readmodel.root().glob("gen-*"))
    assert held not in remaining and len(remaining) == 2  # the new one and the one this thread reads


def test_public_connection_cannot_read_other_files(public_dataset):
    import pytest

    con = readmodel.connect()
    with pytest.raises(duckdb.Error):
        con.execute("SELECT * FROM read_csv('/etc/passwd')").fetchall()
