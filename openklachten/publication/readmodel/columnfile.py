"""The counting columns of a generation as uncompressed Arrow files, memory-mapped by the query layer.

Facets, suggestion counts and the figures of a selection the cube cannot answer count small codes per
complaint. DuckDB answers those with a GROUPING SETS scan (40-120 ms at 1M complaints, more over a search's
hits); the same counts over these arrays take a few milliseconds (query.columns). Uncompressed and mapped,
every server process shares one copy in the page cache and opening costs nothing.

- COLUMNS_FILE: one row per complaint in `klachten` row order; each ENUM column as its enum code (NULL stays
  NULL; the code -> value lists are in the schema metadata), the id, the theme mask, the date and the measures.
- POSITIONS_FILE: complaint id -> row (NULL where no complaint has that id): search hits are ids.
"""

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.ipc

from openklachten.publication.readmodel import database

COLUMNS_FILE = "kolommen.arrow"
POSITIONS_FILE = "kolommen_posities.arrow"
VALUES_KEY = b"openklachten.waarden"  # schema metadata: {column: [value of code 0, code 1, ...]}
PLAIN_COLUMNS = ("id", "themas_mask", "ontvangstdatum", "binnen_termijn", "behandelduur_dagen")


def _enum_values(con, name: str) -> list[str] | None:
    try:
        return con.execute(f"SELECT enum_range(NULL::e_{name})").fetchall()[0][0]
    except duckdb.CatalogException:  # no value at all in this generation: the column was not made an ENUM
        return None


def write(con, gen: Path) -> None:
    """Both files from the finished `klachten` table of the query copy (database.build)."""
    values, selected = {}, []
    for name in database.ENUM_COLUMNS:
        found = _enum_values(con, name)
        values[name] = found or []
        selected.append(f"enum_code({name}) AS {name}" if found else f"NULL::UTINYINT AS {name}")
    selected.extend(PLAIN_COLUMNS)
    table = con.sql(f"SELECT {', '.join(selected)} FROM klachten ORDER BY rowid").to_arrow_table()
    table = table.combine_chunks().replace_schema_metadata({VALUES_KEY: json.dumps(values).encode()})
    _write(table, gen / COLUMNS_FILE)
    positions = con.sql(
        "SELECT p.pos::INTEGER AS positie FROM range((SELECT coalesce(max(id), -1) + 1 FROM klachten)) r(i) "
        "LEFT JOIN (SELECT id, row_number() OVER (ORDER BY rowid) - 1 AS pos FROM klachten) p ON p.id = r.i "
        "ORDER BY r.i"
    ).to_arrow_table()
    _write(positions.combine_chunks(), gen / POSITIONS_FILE)


def _write(table: pa.Table, path: Path) -> None:
    # One record batch: a mapped column is then one contiguous array (take/filter without concatenating).
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=max(1, table.num_rows))


def read(gen: Path) -> tuple[pa.Table, pa.Array, dict[str, list[str]]] | None:
    """(columns, positions, values per ENUM column) mapped from the generation; None when it has no such files."""
    if not (gen / COLUMNS_FILE).exists() or not (gen / POSITIONS_FILE).exists():
        return None  # built before these files existed: the query layer counts in DuckDB
    table = pa.ipc.open_file(pa.memory_map(str(gen / COLUMNS_FILE))).read_all()
    positions = pa.ipc.open_file(pa.memory_map(str(gen / POSITIONS_FILE))).read_all().column(0)
    values = json.loads(table.schema.metadata[VALUES_KEY])
    return table, positions, values
