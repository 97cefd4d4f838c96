"""k-anonymity applied to a DuckDB table of records, as the read-model builder does on every build."""

import duckdb
import pyarrow as pa

from openklachten.anonymisation.structured import generalise
from openklachten.publication.readmodel.kanonymity import generalise_table

COLUMNS = ("organisatie", "type_klager", "woonplaats_klager", "leeftijdsgroep")


def table(rows):
    con = duckdb.connect(":memory:")
    data = pa.table(
        {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}, schema=pa.schema([(c, pa.string()) for c in COLUMNS])
    )
    con.register("rows", data)
    con.execute("CREATE TABLE raw AS SELECT row_number() OVER () AS id, * FROM rows")
    return con


def published(con):
    return [tuple(r) for r in con.execute(f"SELECT {', '.join(COLUMNS)} FROM raw ORDER BY id").fetchall()]


def test_matches_the_record_by_record_generalisation_per_organisation():
    rows = (
        [("gm0344", "individu", "GM0344", "30-44")] * 6
        + [("gm0344", "individu", "GM0344", "45-64")] * 2
        + [("gm0344", "groep", "GM0344", "45-64")] * 3
        + [("gm0363", "individu", "GM0344", "30-44")] * 2  # same combination, other organisation: its own group
        + [("gm0363", "individu", None, None)] * 1  # absent values count as ''
    )
    con = table(rows)
    changed = generalise_table(con, "raw", k=5)
    expected = []
    for organisation in ("gm0344", "gm0363"):
        mine = [dict(zip(COLUMNS, r, strict=False)) for r in rows if r[0] == organisation]
        expected += [tuple(r[c] or None for c in COLUMNS) for r in generalise(mine, k=5)]
    assert published(con) == expected
    assert changed == sum(1 for before, after in zip(rows, expected, strict=False) if tuple(before) != after)
    assert ("gm0344", "individu", "GM0344", "30-44") in published(con)  # a large group stays exact
    assert ("gm0363", "individu", "GM0344", "30-44") not in published(con)


def test_nothing_to_do_with_k_one():
    rows = [("gm0344", "individu", "GM0344", "30-44")]
    con = table(rows)
    assert generalise_table(con, "raw", k=1) == 0
    assert published(con) == rows
