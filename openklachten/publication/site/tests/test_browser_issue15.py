"""Issue 15 in a real browser: phone layout, folded filters, the organisation search box, sorting, embed code."""

import pytest

from openklachten.publication import readmodel
from openklachten.publication.site.tests.browser_helpers import axe_violations, browser, page  # noqa: F401
from openklachten.registry import factories

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server):  # noqa: F811 (the browser fixture)
    context = browser.new_context(viewport=PHONE, locale="nl-NL", device_scale_factor=1)
    tab = context.new_page()
    tab.set_default_timeout(15000)
    yield tab
    context.close()


def test_complaint_page_fits_a_phone(phone, live_server, live_data):
    phone.goto(live_server.url + "/klachten/AMS0001")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page is {width} px wide on a {PHONE['width']} px screen"
    assert axe_violations(phone) == []


def test_results_start_on_the_first_screen_with_filters_folded(phone, live_server, live_data):
    phone.goto(live_server.url + "/klachten?q=parkeren")
    first = phone.locator("ol.results li").first
    assert first.bounding_box()["y"] < PHONE["height"], "the first result is below the first screen"
    assert not phone.locator("#filters-kop").is_visible()
    phone.locator("summary.filter-panel-toggle").click()
    assert phone.locator("#filters-kop").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(phone) == []


def test_bar_labels_are_readable_on_a_phone(phone, live_server, live_data):
    phone.goto(live_server.url + "/")
    sizes = phone.evaluate(
        """() => Array.from(document.querySelectorAll('svg.chart-bar text'))
            .map(t => t.getBoundingClientRect().height)"""
    )
    assert sizes and min(sizes) >= 12, sizes  # rendered height of the text boxes, in CSS px
    clipped = phone.evaluate(
        """() => Array.from(document.querySelectorAll('svg.chart-bar text'))
            .filter(t => t.textContent.endsWith('…')).length"""
    )
    assert clipped == 0


def test_organisation_search_box_finds_den_haag(page, live_server, transactional_db):  # noqa: F811
    from openklachten.publication.site.tests import dataset

    dataset.build()
    names = [("gm0518", "Gemeente 's-Gravenhage")] + [(f"gm9{i:03d}", f"Gemeente Voorbeeld {i}") for i in range(14)]
    for code, name in names:
        organisation = factories.make_organisation(code, name)
        factories.make_complaint(factories.make_delivery(organisation), klacht_key=f"k-{code}", public_id=f"P{code}")
    readmodel.rebuild()
    page.goto(live_server.url + "/")
    page.locator("details[data-zoekbaar='Organisatie'] > summary").click()
    page.get_by_label("Zoek in organisatie").fill("den haag")
    visible = page.locator("details[data-zoekbaar='Organisatie'] ul.options > li:visible")
    assert visible.count() == 1
    assert "Gemeente 's-Gravenhage (Den Haag)" in visible.first.inner_text()
    assert axe_violations(page) == []


def test_sorting_by_a_column_header_and_copying_the_embed_code(page, live_server, live_data):  # noqa: F811
    page.goto(live_server.url + "/vergelijken?organisatie_type=gemeente")
    page.get_by_role("link", name="Per 10.000 inwoners", exact=True).click()
    page.wait_for_url("**_sort=per10000**")
    assert "organisatie_type=gemeente" in page.url
    assert page.locator("th[aria-sort]").inner_text().startswith("Per 10.000 inwoners")
    page.goto(live_server.url + "/?organisatie=gm0363")
    block = page.locator("#grafiek-trend")
    block.get_by_text("Insluiten").click()
    code = block.locator("textarea.insluitcode").input_value()
    assert code.startswith('<iframe src="') and "/embed/trend?organisatie=gm0363" in code
    assert block.get_by_role("button", name="Code kopiëren").is_visible()
    assert axe_violations(page) == []
