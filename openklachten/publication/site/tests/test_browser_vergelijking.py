"""The organisation page's comparison and trend charts, the comparison's reference rows and the compact filter
list, in a real browser (axe-core included)."""

import pytest

from openklachten.publication import readmodel
from openklachten.publication.site.tests.browser_helpers import axe_violations, browser, page  # noqa: F401
from openklachten.publication.site.tests.test_vergelijkbare_organisaties import build
from openklachten.registry import factories

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def peer_data(transactional_db, tmp_path, settings):
    return build(tmp_path, settings)


def test_organisation_page_compares_with_peers_and_shows_the_trend(page, live_server, peer_data):  # noqa: F811
    page.goto(live_server.url + "/organisaties/gm0002")
    table = page.get_by_role("table", name="Gemeente Bee naast vergelijkbare organisaties")
    assert table.is_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert headers[1] == "Gemeente Bee" and headers[2].startswith("Vergelijkbare organisaties")
    assert table.locator("tbody tr").count() == 4  # per 10.000, gegrond, termijn, behandelduur
    assert "gemeenten met 20.000 tot 50.000 inwoners" in page.locator("#vergelijking ~ p.note").first.inner_text()
    chart = page.locator("#grafiek-kwartalen-gegrond")
    svg = chart.locator("svg")
    assert svg.get_attribute("role") == "img"
    legend = page.evaluate("() => document.querySelector('#grafiek-kwartalen-gegrond svg').textContent")
    assert "Mediaan vergelijkbare organisaties" in legend and "Landelijk (alle samen)" in legend
    chart.get_by_text("Tabel met de gegevens").click()
    assert chart.locator("table tbody tr").count() == 4
    href = chart.get_by_role("link", name="CSV downloaden").get_attribute("href")
    assert href == "/grafieken/kwartalen-gegrond.csv?organisatie=gm0002"
    assert page.locator("#grafiek-kwartalen-per-10000").count() == 1
    assert axe_violations(page) == []


def test_organisation_comparison_fits_a_phone(browser, live_server, peer_data):  # noqa: F811
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    phone = context.new_page()
    phone.goto(live_server.url + "/organisaties/gm0001")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(phone) == []
    context.close()


def test_comparison_reference_rows_are_accessible(page, live_server, peer_data):  # noqa: F811
    page.goto(live_server.url + "/vergelijken?organisatie=gm0001&organisatie=gm0005")
    footer = page.locator("tbody.referenties")
    assert footer.locator("th[scope=row]").count() == 3  # two peer groups and landelijk
    assert footer.get_by_role("rowheader").first.inner_text().startswith("Ter vergelijking")
    assert axe_violations(page) == []


def test_a_long_organisation_list_is_chosen_by_name_without_javascript(browser, live_server, transactional_db):  # noqa: F811
    for i in range(60):
        organisation = factories.make_organisation(f"gm9{i:03d}", f"Gemeente Voorbeeld {i}")
        factories.make_complaint(factories.make_delivery(organisation), klacht_key=f"k-{i}", public_id=f"P{i:04d}")
    readmodel.rebuild()
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    tab = context.new_page()
    tab.set_default_timeout(15000)
    tab.goto(live_server.url + "/klachten")
    group = tab.locator("details.filter-group:has(> summary:text-is('Organisatie'))")
    group.locator("summary").click()
    assert group.locator("ul.options > li").count() == 10
    tab.get_by_label("Andere organisatie (typ een naam)").fill("Gemeente Voorbeeld 42")
    tab.get_by_role("button", name="Filters toepassen").click()
    tab.wait_for_url("**organisatie=gm9042**")
    assert "Organisatie: Gemeente Voorbeeld 42" in tab.locator("body").inner_text()
    url = tab.url
    context.close()
    with_script = browser.new_context(locale="nl-NL").new_page()  # axe-core itself needs JavaScript
    with_script.goto(url)
    with_script.locator("details.filter-group:has(> summary:text-is('Organisatie'))").locator("summary").click()
    assert axe_violations(with_script) == []
    with_script.context.close()
