"""Real-browser tests: Debian's Chromium through Playwright against the live server."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from openklachten.publication.site.tests.browser_helpers import (  # noqa: F401 (fixtures)
    active,
    axe_violations,
    browser,
    page,
    tab_to,
)

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "overzicht": "/",
    "overzicht-gefilterd": "/?organisatie=gm0363&conclusie__niet=ongegrond",
    "zoeken": "/klachten?q=grofvuil",
    "klacht": "/klachten/AMS0000",
    "vergelijken": "/vergelijken",
    "kaart": "/kaart",
    "organisaties": "/organisaties",
    "organisatie": "/organisaties/gm0363",
    "standaard": "/standaard",
    "over": "/over",
    "open-data": "/open-data",
    "zoeken-geen-resultaten": "/klachten?q=parkeergunning&organisatie=gm0363",
    "embed": "/embed/conclusies?organisatie=gm0363",
    "fout-400": "/?conclusie=bestaat-niet",
    "niet-gevonden-404": "/bestaat-niet",
}


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_axe_violations(page, live_server, live_data, geo_dir, name):
    page.goto(live_server.url + PAGE_TYPES[name])
    assert page.locator("html").get_attribute("lang") == "nl"
    assert axe_violations(page) == []


def test_keyboard_only_through_filters_to_a_result(page, live_server, live_data):
    page.goto(live_server.url + "/")
    skip = tab_to(page, lambda e: True)
    assert skip["href"] == "#inhoud" and skip["outline"] != "none"  # first stop, visibly focused
    page.keyboard.press("Enter")
    tab_to(page, lambda e: e["tag"] == "summary" and e["text"] == "Conclusie")
    page.keyboard.press("Enter")  # opens the group
    box = tab_to(page, lambda e: e["name"] == "conclusie" and e["value"] == "gegrond")
    assert box["outline"] != "none"
    page.keyboard.press("Space")
    tab_to(page, lambda e: e["tag"] == "button" and e["text"] == "Filters toepassen")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert ("conclusie", "gegrond") in parse_qsl(urlsplit(page.url).query)
    tab_to(page, lambda e: (e["href"] or "").startswith("/klachten?"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/klachten"
    result = tab_to(page, lambda e: (e["href"] or "").startswith("/klachten/"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == result["href"]
    assert "Onderzocht en gegrond" in page.content()


def test_filter_url_round_trip(page, live_server, live_data):
    query = "organisatie=gm0363&thema=afval&conclusie__niet=ongegrond&van=2024-02-01&tot=2024-11-30"
    page.goto(live_server.url + "/?" + query)
    assert page.is_checked("input[name=thema][value=afval]")
    assert page.is_checked("input[name=conclusie__niet][value=ongegrond]")
    assert page.input_value("#f-van") == "2024-02-01"
    total = page.locator(".kpis dd").first.inner_text()
    with page.expect_navigation():
        page.click("text=Filters toepassen")
    submitted = {(k, v) for k, v in parse_qsl(urlsplit(page.url).query) if v}
    assert submitted == set(parse_qsl(query))
    assert page.locator(".kpis dd").first.inner_text() == total
    # The shared URL gives the same figures in a fresh page.
    fresh = page.context.new_page()
    fresh.goto(page.url)
    assert fresh.locator(".kpis dd").first.inner_text() == total


def test_no_request_leaves_the_live_server(page, live_server, live_data, geo_dir):
    for path in PAGE_TYPES.values():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    foreign = [url for url in page.requests if not url.startswith(live_server.url) and not url.startswith("data:")]
    assert page.requests and foreign == []


def test_site_navigates_without_javascript(browser, live_server, live_data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    with page.expect_navigation():
        page.click("nav >> text=Zoeken")
    page.fill("#zoekterm", "grofvuil")
    with page.expect_navigation():
        page.click("form[role=search] button")
    assert "27 klachten gevonden" in page.content()
    page.click("summary:text-is('Organisatie')")
    page.check("input[name=organisatie][value=gm0599]")
    with page.expect_navigation():
        page.click("text=Filters toepassen")
    assert "q=grofvuil" in page.url and "organisatie=gm0599" in page.url
    assert "6 klachten gevonden" in page.content()
    with page.expect_navigation():
        page.click("ol.results a >> nth=0")
    assert "/klachten/ROT" in page.url
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/?conclusie=%3Cscript%3Ealert(1)%3C/script%3E",
        "/klachten?_pagina=%3Cscript%3E",
        "/?van=9999-99-99",
        "/kaart?_maatstaf=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
    ],
)
def test_hostile_parameters_in_the_browser(page, live_server, live_data, path):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(live_server.url + path)
    assert response.status == 400
    assert page.locator("h1").inner_text() == "Ongeldige zoekopdracht"
    assert page.locator("img[src=x]").count() == 0 and dialogs == []


def test_search_with_script_in_the_box_is_shown_as_text(page, live_server, live_data):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_server.url + "/klachten")
    page.fill("#zoekterm", "<script>alert(1)</script>")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert dialogs == []
    assert page.input_value("#zoekterm") == "<script>alert(1)</script>"


def test_keyboard_can_skip_the_filter_panel(page, live_server, live_data):
    page.goto(live_server.url + "/klachten?q=grofvuil")
    skip = tab_to(page, lambda e: e["text"] == "Filters overslaan")
    assert skip["href"] == "#resultaten" and skip["outline"] != "none"
    page.keyboard.press("Enter")
    passed = []
    result = tab_to(page, lambda e: passed.append(e) or (e["href"] or "").startswith("/klachten/"), limit=10)
    assert result and not any(e["name"] for e in passed)  # no filter field on the way
