"""Search results: highlighted hits, paging, sorting, filters kept in every link."""

import re


def test_hits_are_highlighted_and_counted(client, data):
    html = client.get("/klachten", {"q": "grofvuil"}).content.decode()
    # 20 Amsterdam texts mention it, and the factory default text (Rotterdam, ombudsman) does too.
    assert "27 klachten gevonden" in html
    assert re.search(r"<mark>grofvuil</mark>", html, re.I)
    assert "parkeervergunning" not in html


def test_paging_and_sorting(client, data):
    first = client.get("/klachten", {"organisatie": "gm0363", "_sort": "datum"}).content.decode()
    assert "Pagina 1 van 2" in first
    assert 'rel="next"' in first and "organisatie=gm0363" in first
    ids = re.findall(r'href="/klachten/(AMS\d+)"', first)
    assert len(ids) == 20
    second = client.get("/klachten", {"organisatie": "gm0363", "_sort": "datum", "_pagina": 2}).content.decode()
    assert set(ids).isdisjoint(re.findall(r'href="/klachten/(AMS\d+)"', second))
    assert 'start="21"' in second
    oldest = client.get("/klachten", {"organisatie": "gm0363", "_sort": "datum_oud"}).content.decode()
    newest_dates = re.findall(r"Ontvangen (\d+ \w+ 2024)", first)
    assert re.findall(r"Ontvangen (\d+ \w+ 2024)", oldest)[0] != newest_dates[0]


def test_no_results_message(client, data):
    html = client.get("/klachten", {"q": "zzzonbekendwoord"}).content.decode()
    assert "Geen klachten gevonden" in html


def test_filter_counts_on_the_search_page_count_only_the_hits(client, data):
    def amsterdam_count(html):
        return int(re.search(r'Amsterdam <span class="count">\((\d+)\)</span>', html).group(1))

    everything = amsterdam_count(client.get("/klachten").content.decode())
    hits = amsterdam_count(client.get("/klachten", {"q": "grofvuil"}).content.decode())
    assert hits == 20
    assert everything > hits
