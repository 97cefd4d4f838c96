"""Hostile or broken query parameters get a Dutch 400 page, never a 500 or an unescaped echo."""

import pytest

HOSTILE = [
    "/?conclusie=bestaat-niet",
    "/?onbekend_filter=1",
    "/?van=3000-01-01",
    "/?van=1800-01-01",
    "/?van=2024-13-45",
    "/?van=2025-01-01&tot=2024-01-01",
    "/?conclusie=%3Cscript%3Ealert(1)%3C/script%3E",
    "/klachten?_pagina=-1",
    "/klachten?_pagina=abc",
    "/klachten?_pagina=0",
    "/klachten?_sort=%3Cscript%3E",
    "/klachten?q=" + "a" * 500,
    "/vergelijken?_sort=x",
    "/kaart?_maatstaf=%3Cscript%3E",
    "/grafieken/conclusies.csv?thema=%3Cscript%3E",
    "/embed/trend?van=nooit",
    "/?organisatie=%00",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_parameters_get_a_dutch_400(client, data, url):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert" not in html and "<script>" not in html.split("</head>")[1]
    assert "Ongeldige zoekopdracht" in html
    assert 'lang="nl"' in html


def test_script_in_the_search_box_is_escaped(client, data):
    response = client.get("/klachten", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<script>alert("x")' not in html
    assert "&lt;script&gt;" in html


def test_unknown_page_is_a_dutch_404(client, data):
    for url in ("/bestaat-niet", "/klachten/ONBEKEND", "/organisaties/xx9999", "/embed/taart", "/grafieken/taart.csv"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "niet gevonden" in response.content.decode().lower() or "bestaat niet" in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/organisaties/%00", "/klachten/%00", "/organisaties/" + "x" * 300, "/klachten/" + "9" * 300, "/embed/%00"]
)
def test_odd_paths_are_404_not_500(client, data, url):
    assert client.get(url).status_code == 404


def test_nul_byte_in_the_search_box_does_not_break(client, data):
    assert client.get("/klachten?q=grof%00vuil").status_code in (200, 400)
