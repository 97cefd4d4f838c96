"""Comparing organisations and the map: rates, the 30-complaint threshold, the table fallback."""

import re
import xml.etree.ElementTree as ET

from openklachten.publication.site.tests.dataset import AMSTERDAM_TOTAL


def row_of(html: str, name: str) -> str:
    match = re.search(rf"<tr>\s*<th scope=\"row\"><a [^>]*>{name}</a></th>(.*?)</tr>", html, re.S)
    assert match, name
    return match.group(1)


def test_compare_shows_rates_and_too_few(client, data, geo_dir):
    html = client.get("/vergelijken").content.decode()
    amsterdam = row_of(html, "Gemeente Amsterdam")
    # 40 complaints per 800,000 inhabitants = 0.5 per 10,000.
    assert ">0,5<" in amsterdam and "50,0%" in amsterdam and "75,0%" in amsterdam
    assert "te weinig klachten" in row_of(html, "Gemeente Rotterdam")


def test_compare_sorting(client, data, geo_dir):
    html = client.get("/vergelijken?_sort=naam").content.decode()
    names = re.findall(r'<th scope="row"><a href="/organisaties/\w+">([^<]+)</a>', html)
    assert names == sorted(names, key=str.lower)


def test_map_colours_gemeenten_with_names_and_legend(client, data, geo_dir):
    html = client.get("/kaart?_maatstaf=aantal").content.decode()
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    ns = "{http://www.w3.org/2000/svg}"
    titles = {p.find(f"{ns}title").text: p.get("fill") for p in root.iter(f"{ns}path")}
    assert titles.keys() == {f"Amsterdam: {AMSTERDAM_TOTAL}", "Rotterdam: 6"}
    assert len(set(titles.values())) == 2  # different values, different colours
    assert "Legenda" in html and "Bron: CBS (via PDOK), vereenvoudigd door cartomap/nl" in html


def test_map_measure_below_threshold_is_not_coloured(client, data, geo_dir):
    html = client.get("/kaart?_maatstaf=gegrond").content.decode()
    assert "Rotterdam: –" in html
    assert "te weinig klachten" in html


def test_map_falls_back_to_a_table_without_boundaries(client, data, no_geo_dir):
    html = client.get("/kaart").content.decode()
    assert "<svg" not in html.split("<main")[1]
    assert "De kaart is niet beschikbaar" in html
    assert "Gemeente Amsterdam" in html


def test_compare_as_csv(client, data, geo_dir):
    import csv
    import io

    html = client.get("/vergelijken?organisatie_type=gemeente").content.decode()
    assert "/vergelijken?organisatie_type=gemeente&amp;_sort=aantal&amp;_format=csv" in html
    response = client.get("/vergelijken?organisatie_type=gemeente&_format=csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_code = {r["Code"]: r for r in rows}
    assert set(by_code) == {"gm0363", "gm0599"}
    assert by_code["gm0363"]["Per 10.000 inwoners"] == "0.5" and by_code["gm0363"]["Klachten"] == "40"
    assert by_code["gm0599"]["(Deels) gegrond % (formeel)"] == ""  # too few complaints: no rate
