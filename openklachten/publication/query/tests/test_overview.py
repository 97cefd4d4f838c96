from django.http import QueryDict

from openklachten.publication import query


def overview(qs=""):
    return query.overview(query.Filters.from_params(QueryDict(qs)))


def test_overview_counts_the_whole_dataset(public_dataset):
    result = overview()
    assert result["total"] == 53
    assert dict(result["counts"]["organisatie"]) == {"gm0363": 40, "gm0344": 12, "nom1": 1}
    assert dict(result["counts"]["thema"]) == {"afval": 40, "parkeren": 33}
    assert result["formeel"] == 53 and result["informeel"] == 0
    assert sum(n for _, n in result["maanden"]) == 53


def test_rates_follow_their_definitions(public_dataset):
    result = overview("organisatie=gm0363")
    # binnen_termijn is False for every fourth complaint.
    assert result["binnen_termijn"] == 30 / 40
    # uphold rate: (deels-)gegrond over gegrond + deels-gegrond + ongegrond (geen-oordeel is not judged).
    assert result["gegrond"] == 20 / 30
    assert result["mediaan_behandelduur"] == 29.5


def test_exclusion_and_theme_filter(public_dataset):
    assert overview("thema=parkeren")["total"] == 33
    assert overview("thema__niet=parkeren")["total"] == 20
    assert overview("thema=afval&thema__niet=parkeren")["total"] == 20
    assert overview("conclusie__niet=ongegrond")["total"] == 53 - 22


def test_period_filter(public_dataset):
    assert overview("van=2023-01-01&tot=2023-12-31")["total"] == 12
    assert overview("van=2024-03")["total"] == 41 - 4 - 4 + 0  # amsterdam from march (32) + ombudsman (1)


def test_timeseries_by_year(public_dataset):
    assert query.timeseries(query.Filters(), "jaar") == [("2023", 12), ("2024", 41)]


def test_statistics_per_dimension(public_dataset):
    rows = {r["waarde"]: r for r in query.statistics(query.Filters(), "organisatie")}
    assert rows["gm0344"]["total"] == 12 and rows["gm0344"]["gegrond"] == 0.0
    themes = {r["waarde"]: r["total"] for r in query.statistics(query.Filters(), "thema")}
    assert themes == {"afval": 40, "parkeren": 33}


def test_excluding_a_value_keeps_complaints_without_one(public_dataset):
    """`__niet` leaves out only that value: complaints with no value (NULL) for the field stay in."""
    from openklachten.publication.query import store, vocabulary

    con = store.connection()
    checked = 0
    for name, (column, is_list, _) in vocabulary.FILTERS.items():
        if is_list:
            continue
        counts = dict(con.execute(f"SELECT {column}::VARCHAR, count(*) FROM klachten GROUP BY 1").fetchall())
        if None not in counts or len(counts) < 2:
            continue
        code, n = next((c, k) for c, k in counts.items() if c is not None)
        assert overview(f"{name}__niet={code}")["total"] == 53 - n, name
        checked += 1
    assert checked  # the fixture has fields left empty
