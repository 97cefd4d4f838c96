from openklachten.publication import query


def test_search_uses_dutch_stemming_and_marks_hits(public_dataset):
    found = query.search(query.Filters(), "container geleegd")
    assert found["total"] == 10
    fragment = dict(found["results"][0]["fragmenten"])["gedraging"]
    assert "<mark>containers</mark>" in fragment and "<mark>geleegd</mark>" in fragment


def test_search_combines_with_filters_and_pages(public_dataset):
    filters = query.Filters.from_params({"conclusie": ["gegrond"]})
    assert query.search(filters, "geleegd")["total"] == 3
    page1 = query.search(query.Filters(), "", "datum", 1, 5)
    page2 = query.search(query.Filters(), "", "datum", 2, 5)
    assert page1["total"] == 53 and len(page1["results"]) == 5
    assert not {r["public_id"] for r in page1["results"]} & {r["public_id"] for r in page2["results"]}
    dates = [r["ontvangstdatum"] for r in page1["results"]]
    assert dates == sorted(dates, reverse=True)
    oldest = query.search(query.Filters(), "", "datum_oud", 1, 1)["results"][0]
    assert str(oldest["ontvangstdatum"]) == "2023-06-01"


def test_search_fragments_never_contain_unescaped_markup(public_dataset):
    found = query.search(query.Filters(), "parkeerboete")
    assert found["total"] == 12
    for row in found["results"]:
        for _, fragment in row["fragmenten"]:
            assert "<script>" not in fragment and "&lt;script&gt;" in fragment


def test_results_never_contain_the_internal_link_keys(public_dataset):
    row = query.search(query.Filters(), "")["results"][0]
    assert "klacht_key" not in row and "gerelateerde_klacht_key" not in row and "id" not in row


def test_get_returns_the_chain_both_ways(public_dataset):
    second = query.get("NO0000001")
    assert second["gerelateerde_klacht"] == second["keten"][0]["public_id"]
    first = query.get(second["gerelateerde_klacht"])
    assert [r["public_id"] for r in first["keten"]] == ["NO0000001"]
    assert "klacht_key" not in first
    assert query.get("BESTAATNIET") is None
    assert query.get(public_dataset["hidden"].public_id) is None


def test_prefix_expansion_by_range_equals_a_scan_of_the_vocabulary(public_dataset):
    from openklachten.publication.query import store, terms

    vocab = terms.vocabulary()
    stems = terms._sorted_stems(store.generation())
    assert stems == sorted(vocab)
    for prefix in ("klac", "park", "term", "zzzz", stems[0][:4], stems[-1][:4]):
        scanned = sorted(((n, s) for s, n in vocab.items() if s.startswith(prefix)), reverse=True)
        expected = {s: terms.PREFIX for _, s in scanned[: terms.MAX_EXPANSIONS]}
        assert terms._prefixed(prefix, vocab, stems) == expected


def test_the_precomputed_vocabulary_equals_the_token_counts(public_dataset):
    from openklachten.publication.query import store, terms

    con = store.connection()
    grouped = dict(con.execute("SELECT stem, count(*) FROM tokens GROUP BY stem").fetchall())
    assert dict(con.execute("SELECT stem, n FROM stammen").fetchall()) == grouped  # what the build wrote
    assert terms.vocabulary() == grouped


def test_kept_hits_give_what_the_token_join_gives(public_dataset):
    """Search and facets read a search's hits from a kept table: the same answers as the join in SQL."""
    from openklachten.publication.query import store, terms
    from openklachten.publication.query.search import clear_hits, hits_sql

    con = store.connection()
    query.store.caching = False
    try:
        for q, params in [("geleegd", {"conclusie": ["gegrond"]}), ("container geleegd", {}), ("parkeer", {})]:
            filters = query.Filters.from_params(params)
            sql, args = hits_sql(terms.groups(q))
            source = f"klachten SEMI JOIN ({sql}) h ON h.id = klachten.id"
            where, where_args = filters.where()
            total = con.execute(f"SELECT count(*) FROM {source} WHERE {where}", [*args, *where_args]).fetchall()
            own_where, own_args = filters.where(skip="conclusie")
            conclusions = con.execute(
                f"SELECT conclusie::VARCHAR, count(*) FROM {source} WHERE {own_where} AND conclusie IS NOT NULL "
                f"GROUP BY 1",
                [*args, *own_args],
            ).fetchall()
            for _ in range(2):  # computed, then read from the kept table
                assert query.search(filters, q)["total"] == total[0][0] > 0
                assert dict(query.facets(filters, q)["conclusie"]) == dict(conclusions)
            clear_hits()
    finally:
        query.store.caching = True


def test_one_word_hits_equal_the_general_form(public_dataset):
    """A one-group search takes a shorter query (one GROUP BY): the same ids and scores as the general form."""
    from openklachten.publication.query import store, terms
    from openklachten.publication.query.search import general_hits_sql, hits_sql

    con = store.connection()
    for q in ("geleegd", "contain", "parkeer", "wachttijd", "parkeerboete", "balie"):
        groups = terms.groups(q)
        short, general = hits_sql(groups), general_hits_sql(groups)
        if len(groups) == 1:
            assert short != general
        assert sorted(con.execute(*short).fetchall()) == sorted(con.execute(*general).fetchall()), q
        assert con.execute(*short).fetchall() or q == "parkeerboete"


def test_every_one_row_query_leaves_the_cursor_free_for_a_search(public_dataset):
    """A server thread answers compare, a report or /healthz, then a search on the same cursor.

    DuckDB 2 refuses new work through the relational API while an `execute()` result has not been fetched to
    the end (`fetchone()` leaves it open); under load this gave a 500 on the next uncached search page.
    """
    from openklachten.publication import health
    from openklachten.publication.query import peers, reporting, terms
    from openklachten.publication.query.search import clear_hits, hit_table

    for one_row_query in (
        lambda: peers.period(query.Filters()),
        lambda: reporting.lessons(query.Filters()),
        health.read_model,
    ):
        one_row_query()
        clear_hits()
        assert hit_table(terms.groups("geleegd")).num_rows > 0
