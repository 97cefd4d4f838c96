"""Search that finds, on demo data: the words of issue 15 (parkeren, parkeer, parkeerboete, toeslag, huurtoeslag)."""

import pytest

from openklachten.demo import synthetic
from openklachten.publication import query, readmodel
from openklachten.publication.query import terms


@pytest.fixture(scope="module")
def demo_model(tmp_path_factory):
    """4,000 complaints from the demo generator (synthetic texts) in a read model of their own."""
    records, organisations = synthetic.records(4000, seed=2024)
    path = tmp_path_factory.mktemp("demo-readmodel")
    readmodel.write_records(records, path, organisations)
    query.use(path)
    yield path
    query.use(None)


def _ids(q: str) -> set[str]:
    found = query.search(query.Filters(), q, size=100)
    ids = {row["public_id"] for row in found["results"]}
    page = 2
    while len(ids) < found["total"]:
        ids |= {row["public_id"] for row in query.search(query.Filters(), q, page=page, size=100)["results"]}
        page += 1
    return ids


def test_the_words_that_found_nothing_now_find(demo_model):
    for word in ("parkeren", "parkeer", "parkeerboete", "toeslag"):
        assert query.search(query.Filters(), word)["total"] > 0, word


def test_open_and_closed_spelling_find_the_same(demo_model):
    assert _ids("parkeren") == _ids("parkeer")


def test_compound_parts_are_indexed(demo_model):
    """huurtoeslag and parkeervergunning are found through their parts."""
    huurtoeslag, toeslag = _ids("huurtoeslag"), _ids("toeslag")
    assert huurtoeslag and huurtoeslag < toeslag  # toeslag also finds kinderopvangtoeslag, toeslagen
    vergunning = query.search(query.Filters(), "parkeren", size=100)
    texts = " ".join(" ".join(f for _, f in row["fragmenten"]) for row in vergunning["results"]).lower()
    assert "<mark>parkeervergunning</mark>" in texts or "<mark>gehandicaptenparkeerplaats</mark>" in texts


def test_unknown_compound_needs_every_part(demo_model):
    """parkeerboete is not in the texts as one word: complaints that mention parkeren and a boete are found."""
    found = query.search(query.Filters(), "parkeerboete", size=100)
    assert found["total"] > 0
    for row in found["results"]:
        text = " ".join(str(row.get(f) or "") for f in ("gedraging", "bevindingen", "oordeel_klacht")).lower()
        assert ("parkeer" in text or "parkeren" in text) and "boete" in text


def test_last_word_is_a_prefix_while_typing(demo_model):
    typed = query.search(query.Filters(), "parkeerv", size=100)
    assert typed["total"] > 0
    assert all("parkeerv" in " ".join(f for _, f in row["fragmenten"]).lower() for row in typed["results"])


def test_exact_word_ranks_before_completions(demo_model):
    ranked = query.search(query.Filters(), "boete", size=20)["results"]
    first = " ".join(f for _, f in ranked[0]["fragmenten"]).lower()
    assert "<mark>boete" in first


def test_suggestions_for_a_typo_and_the_matching_theme(demo_model):
    assert query.search(query.Filters(), "parkeergunning")["total"] == 0
    found = query.suggest(query.Filters(), "parkeergunning")
    assert "parkeervergunning" in found["woorden"]
    themes = dict(query.suggest(query.Filters(), "parkeerboete")["themas"])
    assert themes.get("parkeren", 0) > 0
    assert "toeslagen" in terms.matching_themes("toeslag")
