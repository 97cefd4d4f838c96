"""The query copy of a generation: a DuckDB file with the dimensions as ENUMs and themes as a bitmask.

Parquet (klachten.parquet) is the interchange copy that exports stream from; this file is what the
dashboard queries. ENUM columns group and filter as small integers, and a theme filter on a bitmask
is one AND per row instead of a list scan: together ~5x faster than querying the Parquet file.
"""

from pathlib import Path

import duckdb

from openklachten.publication.readmodel import schema

DATABASE_FILE = "readmodel.duckdb"
TOKENS_DIR = "tokens"  # the full-text index as Parquet parts (fulltext.build_index), removed after the build
# Low-cardinality columns that the dashboard filters and groups on.
ENUM_COLUMNS = (
    "organisatie",
    "organisatie_type",
    "iv3_taakveld",
    "ontvangwijze",
    "formeel_informeel",
    "eerstelijns_tweedelijns",
    "status",
    "conclusie",
    "afdoeningswijze",
    "oorzaak",
    "woonplaats_klager",
    "leeftijdsgroep",
    "type_klager",
    "maand",
)
MASK_BITS = 64  # UBIGINT; the standard's theme list has 52 themes


class TooManyThemes(ValueError):
    """More distinct themes than the bitmask holds."""


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def build(gen: Path, config: dict | None = None) -> None:
    source = f"read_parquet('{gen / 'klachten.parquet'}')"
    con = duckdb.connect(str(gen / DATABASE_FILE), config=config or {})
    try:
        columns = []
        for name in ["id", *schema.PUBLIC_COLUMNS, "klacht_key", "gerelateerde_klacht_key"]:
            if name in ENUM_COLUMNS:
                values = [
                    v
                    for (v,) in con.execute(
                        f"SELECT DISTINCT {name} FROM {source} WHERE {name} IS NOT NULL ORDER BY 1"
                    ).fetchall()
                ]
                if values:
                    con.execute(f"CREATE TYPE e_{name} AS ENUM ({', '.join(map(_quote, values))})")
                    columns.append(f"CAST({name} AS e_{name}) AS {name}")
                    continue
            columns.append(name)
        themes = [
            t
            for (t,) in con.execute(
                f"SELECT t FROM (SELECT unnest(themas) AS t FROM {source}) WHERE t IS NOT NULL "
                f"GROUP BY t ORDER BY count(*) DESC, t"
            ).fetchall()
        ]
        if len(themes) > MASK_BITS:
            raise TooManyThemes(f"{len(themes)} thema's; de leesopslag ondersteunt er {MASK_BITS}.")
        con.execute("CREATE TABLE thema_bits (thema VARCHAR, bit UBIGINT)")
        if themes:
            con.executemany("INSERT INTO thema_bits VALUES (?, ?)", [(t, 1 << i) for i, t in enumerate(themes)])
            case = "CASE x " + " ".join(f"WHEN {_quote(t)} THEN {1 << i}::UBIGINT" for i, t in enumerate(themes))
            mask = (
                f"coalesce(list_aggregate(list_transform(list_distinct(themas), lambda x: {case} END), "
                f"'bit_or'), 0::UBIGINT)"
            )
        else:
            mask = "0::UBIGINT"
        con.execute(
            f"CREATE TABLE klachten AS SELECT {', '.join(columns)}, {mask} AS themas_mask "
            f"FROM {source} ORDER BY ontvangstdatum, id"
        )
        con.execute(f"CREATE TABLE tokens AS {_sorted_tokens(gen / TOKENS_DIR)}")
        _build_cube(con)
        _build_serving_aids(con)
        from openklachten.publication.readmodel import columnfile  # it reads this module's ENUM_COLUMNS

        columnfile.write(con, gen)
        for table in ("organisaties", "aanleveringen"):
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet('{gen / (table + '.parquet')}')")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _sorted_tokens(folder: Path) -> str:
    """SQL: the index parts (stem, id, veld) sorted on (stem, id), the order searches read them in.

    The parts hold stems as text (they are reused across builds, so no per-build numbers in them); here each
    distinct stem is numbered in stem order and the sort runs on (number, id): integers instead of strings,
    26 -> 18 s CPU at a million complaints (25.8M tokens), the same rows in the same order.
    """
    parts = f"read_parquet('{folder / '*.parquet'}')"
    return (
        f"WITH t AS (SELECT stem, id, veld FROM {parts}), "
        f"n AS (SELECT stem, row_number() OVER (ORDER BY stem) AS nr FROM (SELECT DISTINCT stem FROM t)) "
        f"SELECT t.stem, t.id, t.veld FROM t JOIN n USING (stem) ORDER BY n.nr, t.id"
    )


# The cube: counts per (organisation, month, dimension, value). The dashboard's most common questions (everything,
# one organisation or type, a whole-month period) are sums over it: ~0.5M rows instead of 1M wide ones.
CUBE_DIMENSIONS = [c for c in ENUM_COLUMNS if c != "maand"]
CUBE_EXTRA = {
    "thema": "unnest(themas)",
    "_totaal": "''",
    # Awb 9:11 binds formal complaints: the term and the handling time are counted per kind (query.cube.summary)
    "_binnen_termijn": "CASE WHEN formeel_informeel = 'formeel' THEN binnen_termijn::VARCHAR END",
    "_conclusie_formeel": "CASE WHEN formeel_informeel = 'formeel' THEN conclusie::VARCHAR END",
    "_duur_formeel": "CASE WHEN formeel_informeel = 'formeel' THEN behandelduur_dagen::VARCHAR END",
    "_duur_informeel": "CASE WHEN formeel_informeel = 'informeel' THEN behandelduur_dagen::VARCHAR END",
}


def _build_serving_aids(con) -> None:
    """Small extras that keep the first request of a generation cheap (query.terms, query.search.get).

    `stammen`: the search vocabulary (stem -> token count), else grouped from all tokens on the first search.
    Indexes: a complaint's page looks up one public id and its chain's keys; without them each is a scan of
    every row (~30-45 ms at 1M complaints, 10x that at 10M).
    """
    con.execute("CREATE TABLE stammen AS SELECT stem, count(*) AS n FROM tokens GROUP BY stem ORDER BY stem")
    for column in ("public_id", "klacht_key", "gerelateerde_klacht_key"):
        con.execute(f"CREATE INDEX klachten_{column} ON klachten ({column})")


def _build_cube(con) -> None:
    parts = [
        f"SELECT organisatie, organisatie_type, maand, '{name}' AS dimensie, {expr} AS waarde FROM klachten"
        for name, expr in [*((d, f"{d}::VARCHAR") for d in CUBE_DIMENSIONS), *CUBE_EXTRA.items()]
    ]
    con.execute(
        "CREATE TABLE kubus AS SELECT organisatie, organisatie_type, maand, dimensie, waarde, count(*) AS n "
        f"FROM ({' UNION ALL '.join(parts)}) WHERE waarde IS NOT NULL GROUP BY ALL ORDER BY organisatie, maand"
    )
