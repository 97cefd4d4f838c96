from openklachten.publication.readmodel import fulltext


def test_query_stems_are_dutch_snowball_stems_without_stopwords():
    assert fulltext.query_stems("De containers werden niet geleegd") == ["container", "leg"]
    assert fulltext.query_stems("container") == fulltext.query_stems("containers")


def test_open_and_closed_spelling_meet():
    """Snowball leaves parkeren -> parker but parkeer -> parkeer; the doubled vowel is collapsed (issue 15)."""
    assert fulltext.stem("parkeren") == fulltext.stem("parkeer") == fulltext.stem("geparkeerd")
    assert fulltext.stem("toeslagen") == fulltext.stem("toeslag")


def test_compounds_split_into_known_parts():
    from openklachten.publication.readmodel.compounds import Splitter

    known = [fulltext.stem(w) for w in ("parkeren", "vergunning", "huur", "toeslag", "boete", "verkeer", "zoeken")]
    split = Splitter(known)
    assert split.parts("parkeervergunning") == (fulltext.stem("parkeren"), fulltext.stem("vergunning"))
    assert split.parts("Huurtoeslag") == (fulltext.stem("huur"), fulltext.stem("toeslag"))
    assert split.parts("verkeersboete") == (fulltext.stem("verkeer"), fulltext.stem("boete"))  # linking s
    assert split.parts("onderzoek") == ()  # a particle, not a compound
    assert split.parts("toeslag") == ()


def test_highlight_escapes_html_before_marking():
    fragment = fulltext.highlight("Boete <script>alert(1)</script> voor parkeren", fulltext.query_stems("parkeren"))
    assert "<script>" not in fragment
    assert "&lt;script&gt;" in fragment
    assert "<mark>parkeren</mark>" in fragment


def test_highlight_marks_inflected_forms_and_returns_none_without_hit():
    stems = fulltext.query_stems("klacht")
    assert fulltext.highlight("Twee klachten over geluid.", stems) == "Twee <mark>klachten</mark> over geluid."
    assert fulltext.highlight("Niets hier.", stems) is None


def test_index_in_blocks_equals_the_index_in_one_piece(tmp_path):
    """Splitting the build into id blocks (bounded memory) changes nothing in the index: same triples, no more."""
    import duckdb

    from openklachten.demo import synthetic
    from openklachten.publication.readmodel import schema, writer

    records, _ = synthetic.records(1_500)
    writer._write_raw(records, tmp_path / "raw.parquet")
    con = duckdb.connect(":memory:")
    con.execute(f"CREATE TABLE raw AS SELECT * FROM read_parquet('{tmp_path / 'raw.parquet'}')")
    con.execute("DELETE FROM raw WHERE id % 7 = 3")  # gaps in the ids, like withdrawn complaints leave
    indexes = {}
    for block_rows in (10**9, 97):
        target = tmp_path / f"tokens-{block_rows}"
        count = fulltext.build_index(con, "raw", str(target), schema.TEXT_FIELDS, block_rows=block_rows)
        triples = con.execute(f"SELECT stem, id, veld FROM read_parquet('{target}/*.parquet')").fetchall()
        assert count == len(triples) == len(set(triples))
        indexes[block_rows] = set(triples)
    assert len(list((tmp_path / "tokens-97").iterdir())) > 10
    assert indexes[97] == indexes[10**9] and len(indexes[97]) > 10_000
    # and a search still finds a compound under its part, in both
    assert any(stem == fulltext.stem("vergunning") for stem, _, _ in indexes[97])


def test_an_empty_corpus_gives_an_empty_index_with_its_columns(tmp_path):
    import duckdb

    from openklachten.publication.readmodel import schema, writer

    writer._write_raw([], tmp_path / "raw.parquet")
    con = duckdb.connect(":memory:")
    con.execute(f"CREATE TABLE raw AS SELECT * FROM read_parquet('{tmp_path / 'raw.parquet'}')")
    assert fulltext.build_index(con, "raw", str(tmp_path / "tokens"), schema.TEXT_FIELDS) == 0
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{tmp_path / 'tokens'}/*.parquet')").fetchall()
    assert [(name, kind) for name, kind, *_ in described] == [
        ("stem", "VARCHAR"),
        ("id", "BIGINT"),
        ("veld", "VARCHAR"),
    ]
