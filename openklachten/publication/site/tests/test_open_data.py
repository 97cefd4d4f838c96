"""Open data that can be found (issue 15): the menu page, /downloads/ for people and programs, selection links."""

import csv
import html as html_module
import io
import re

import pytest


def test_open_data_page_lists_files_with_size_api_catalogue_and_licence(client, data):
    html = client.get("/open-data").content.decode()
    for path in (
        "/downloads/klachten.csv",
        "/downloads/klachten-excel.csv",
        "/downloads/klachten.jsonl",
        "/downloads/klachten.parquet",
        "/api/v1/",
        "/api/v1/openapi.json",
        "/catalogus.ttl",
        "/catalogus.jsonld",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ):
        assert f'href="{path}"' in html, path
    sizes = re.findall(r'<td class="num">([\d,]+ (?:bytes|kB|MB))</td>', html)
    assert len(sizes) == 4  # one per format, estimated from a sample
    assert "/api/v1/statistieken?dimensie=thema" in html


@pytest.mark.parametrize("path", ["/", "/klachten", "/vergelijken", "/open-data", "/over"])
def test_open_data_is_in_the_menu(client, data, path):
    html = client.get(path).content.decode()
    menu = re.search(r'<nav aria-label="Hoofdmenu">.*?</nav>', html, re.S).group(0)
    assert '<a href="/open-data"' in menu


def test_downloads_answers_people_with_the_page_and_programs_with_json(client, data):
    browser = client.get("/downloads/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert browser.status_code == 303 and browser["Location"] == "/open-data"
    assert "Accept" in [v.strip() for v in browser["Vary"].split(",")]
    for accept in ("application/json", "*/*", "application/json, text/html;q=0.5"):
        response = client.get("/downloads/", HTTP_ACCEPT=accept)
        assert response.status_code == 200 and response["Content-Type"].startswith("application/json"), accept
        assert "klachten" in response.json()


def _selection_links(html: str) -> dict[str, str]:
    block = re.search(r'<p class="downloads">Download deze selectie:.*?</p>', html, re.S).group(0)
    return {
        label: html_module.unescape(href) for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', block)
    }


@pytest.mark.parametrize(
    "page, expected",
    [
        ("/?organisatie=gm0363&conclusie=gegrond", "organisatie=gm0363&conclusie=gegrond"),
        ("/klachten?organisatie=gm0363&q=parkeervergunning", "organisatie=gm0363&q=parkeervergunning"),
        ("/vergelijken?organisatie_type=gemeente", "organisatie_type=gemeente"),
    ],
)
def test_download_this_selection_on_overview_search_and_comparison(client, data, page, expected):
    links = _selection_links(client.get(page).content.decode())
    assert links["CSV"] == f"/downloads/klachten.csv?{expected}"
    assert links["CSV voor Excel"] == f"/downloads/klachten-excel.csv?{expected}"
    assert links["JSON (JSON Lines)"] == f"/downloads/klachten.jsonl?{expected}"
    assert links["Parquet"] == f"/downloads/klachten.parquet?{expected}"
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get(links["CSV"]).streaming_content).decode("utf-8-sig"))))
    assert rows  # the link answers with the selection's complaints
    if "gm0363" in expected:
        assert {r["organisatie"] for r in rows} == {"gm0363"}


def test_complaint_page_links_its_json_and_breadcrumb_keeps_the_search(client, data):
    html = client.get(
        "/klachten/AMS0001", HTTP_REFERER="http://testserver/klachten?q=parkeren&_sort=datum"
    ).content.decode()
    assert '<a href="/api/v1/klachten/AMS0001" type="application/json">Deze klacht als JSON</a>' in html
    assert client.get("/api/v1/klachten/AMS0001").json()["public_id"] == "AMS0001"
    assert '<a href="/klachten?q=parkeren&amp;_sort=datum">Terug naar de zoekresultaten</a>' in html
    elsewhere = client.get("/klachten/AMS0001", HTTP_REFERER="https://example.org/klachten?q=x").content.decode()
    assert '<a href="/klachten">Klachten</a>' in elsewhere
