"""The search page finds compounds, ranks by relevance from the start and helps on zero results (issue 15)."""

import re


def test_parkeren_finds_the_parkeervergunning_complaints(client, data):
    html = client.get("/klachten", {"q": "parkeren"}).content.decode()
    assert "20 klachten gevonden voor ‘parkeren’" in html
    assert "<mark>parkeervergunning</mark>" in html


def test_a_search_from_the_default_page_sorts_by_relevance(client, data):
    start = client.get("/klachten").content.decode()
    assert '<option value="relevantie" selected>' in start  # what the form sends with the first search
    html = client.get("/klachten", {"q": "parkeer"}).content.decode()
    assert '<option value="relevantie" selected>' in html
    assert '<input type="hidden" name="_sort" value="relevantie">' in html  # the filters keep the ranking


def test_zero_results_keep_the_filters_and_suggest(client, data):
    response = client.get("/klachten", {"q": "parkeergunning", "organisatie": "gm0363"})
    html = response.content.decode()
    assert "0 klachten gevonden" in html
    # The panel still offers the selection's values (counted without the search), not an empty form.
    assert re.search(r'name="conclusie" value="gegrond"', html)
    assert "Gemeente Amsterdam" in html  # the active filter chip
    assert 'href="/klachten?organisatie=gm0363&amp;q=parkeervergunning"' in html
    assert re.search(r'<a href="/klachten\?organisatie=gm0363&amp;thema=parkeren">Thema Parkeren \(\d+\)</a>', html)
