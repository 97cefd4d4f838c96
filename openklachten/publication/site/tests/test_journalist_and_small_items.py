"""Comparison for journalists, compression and the small items of issue 15, as requests."""

import gzip
import re

from openklachten.publication import readmodel
from openklachten.publication.site import filterpanel, labels
from openklachten.registry import factories


def test_comparison_columns_sort_by_their_header_and_keep_the_filters(client, data):
    html = client.get("/vergelijken?organisatie_type=gemeente&_sort=gegrond").content.decode()
    header = re.search(r'<table class="vergelijking">.*?</thead>', html, re.S).group(0)
    assert re.search(
        r'<th scope="col" class="num" aria-sort="descending"><a href="[^"]*_sort=gegrond">\(Deels\) gegrond', header
    )
    assert 'href="/vergelijken?organisatie_type=gemeente&amp;_sort=termijn"' in header
    assert header.count("aria-sort") == 1
    assert "gesorteerd op percentage gegrond" in html


def test_organisation_filter_shows_the_alias(client, data):
    haag = factories.make_organisation("gm0518", "Gemeente 's-Gravenhage")
    factories.make_complaint(factories.make_delivery(haag), public_id="HAAG001", klacht_key="haag-1")
    readmodel.rebuild()
    html = client.get("/").content.decode()
    assert "Gemeente &#x27;s-Gravenhage (Den Haag)" in html
    assert "data-zoekbaar" not in html  # short lists need no search box


def test_long_filter_lists_get_a_search_box():
    options = [filterpanel.Option(f"gm{i:04d}", f"Gemeente {i}", i, False, False) for i in range(80)]
    # 80+ values: a text field with every name in a datalist (works without JavaScript)
    assert 'list="dl-organisatie"' in filterpanel.Group("organisatie", "Organisatie", options).lookup_html()
    assert filterpanel.Group("organisatie", "Organisatie", options[:20]).searchable  # site.js filters the list
    assert not filterpanel.Group("organisatie", "Organisatie", options[:3]).searchable


def test_thousands_separators_in_filter_counts():
    group = filterpanel.Group(
        "organisatie", "Organisatie", [filterpanel.Option("gm0363", "Amsterdam", 2029, False, False)]
    )
    assert "(2.029)" in group.options_html()


def test_every_chart_offers_its_embed_code_and_an_embed_states_its_selection(client, data, settings):
    settings.PUBLIC_BASE_URL = "https://openklachten.example"
    html = client.get("/?organisatie=gm0363").content.decode()
    assert (
        "&lt;iframe src=&quot;https://openklachten.example/embed/trend?organisatie=gm0363&quot;" in html
        or '&lt;iframe src="https://openklachten.example/embed/trend?organisatie=gm0363"' in html
    )
    assert "<summary>Insluiten" in html
    embed = client.get("/embed/conclusies?organisatie=gm0363&conclusie__niet=ongegrond").content.decode()
    assert "Selectie: Organisatie: Gemeente Amsterdam; Conclusie: niet Onderzocht en ongegrond" in embed
    assert "<summary>Insluiten" not in embed  # no embed code inside the embed
    assert "Selectie: alle gepubliceerde klachten" in client.get("/embed/conclusies").content.decode()


def test_public_html_and_json_are_compressed_but_not_pages_with_secrets(client, data):
    page = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"
    assert b"Klachten bij de overheid" in gzip.decompress(page.content)
    api = client.get("/api/v1/statistieken", HTTP_ACCEPT_ENCODING="gzip")
    assert api["Content-Encoding"] == "gzip"
    login = client.get("/aanleveren/inloggen/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in login  # CSRF token: no BREACH oracle
    download = client.get("/downloads/klachten.csv", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in download  # a stream stays a stream


def test_paging_past_the_end_shows_the_last_page_and_says_how_to_get_everything(client, data):
    beyond = client.get("/klachten", {"_pagina": 501})
    assert beyond.status_code == 200
    html = beyond.content.decode()
    assert "Die pagina bestaat niet (meer)" in html and "Download deze selectie" in html
    assert "Pagina 3 van 3" in html
    assert client.get("/klachten", {"q": "grofvuil", "_pagina": 400}).status_code == 200


def test_page_500_cap_is_explained(client, data, monkeypatch):
    from openklachten.publication.site.views import klachten

    monkeypatch.setattr(klachten, "MAX_PAGE", 2)  # the demo's 50,000 complaints in miniature
    html = client.get("/klachten", {"_pagina": 3}).content.decode()
    assert "Verder dan pagina 2 kunt u niet bladeren" in html
    assert "Bladeren gaat tot pagina 2 (de eerste 40 van 47 klachten)" in html


def test_unknown_values_say_what_is_unknown():
    assert labels.label("leeftijdsgroep", "") == "Leeftijdsgroep onbekend of afgeschermd (privacy)"
    assert labels.label("oorzaak", None) == "Oorzaak niet opgegeven"
    assert labels.label("conclusie", "gegrond") != "Onbekend"


def test_comparison_chart_can_be_embedded_with_its_selection(client, data, geo_dir):
    html = client.get("/vergelijken?organisatie_type=gemeente").content.decode()
    assert 'id="grafiek-vergelijking"' in html and "/embed/vergelijking?organisatie_type=gemeente" in html
    embed = client.get("/embed/vergelijking?organisatie_type=gemeente")
    assert embed.status_code == 200
    text = embed.content.decode()
    assert "Klachten per 10.000 inwoners" in text and "Selectie: Soort organisatie: Gemeente" in text
    assert "Gemeente Amsterdam" in text  # 40 complaints: a rate; Rotterdam (6) has too few for one
    assert "Gemeente Rotterdam" not in re.search(r"<svg.*?</svg>", text, re.S).group(0)
    assert 'id="grafiek-vergelijking"' not in client.get("/").content.decode()  # not on the overview
