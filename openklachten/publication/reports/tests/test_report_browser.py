"""The report pages in a real browser (Debian Chromium): axe-core finds no violations, the PDF link works."""

import pytest
from django.contrib.auth import get_user_model

from openklachten.publication.site.tests.browser_helpers import axe_violations, browser, page  # noqa: F401
from openklachten.registry.models import Publisher

pytestmark = pytest.mark.browser

PAGES = {
    "jaarverslag": "/organisaties/gm0363/jaarverslag/2024",
    "jaarverslag-klein": "/organisaties/gm0599/jaarverslag/2024",
    "jaarverslag-leeg": "/organisaties/gm0363/jaarverslag/2019",
    "kwartaal": "/organisaties/gm0363/kwartaalrapportage/2024-K2",
    "verslagen": "/organisaties/gm0363/jaarverslag",
    "jaarbeeld": "/jaarbeeld/2024",
    "jaarbeeld-index": "/jaarbeeld",
    "fout-kwartaal": "/organisaties/gm0363/kwartaalrapportage/2024-K8",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_axe_violations(page, live_server, live_data, name):
    page.goto(live_server.url + PAGES[name])
    assert page.locator("html").get_attribute("lang") == "nl"
    assert axe_violations(page) == []


def test_coordinator_form_has_no_axe_violations_and_publishes(page, live_server, live_data):
    user = get_user_model().objects.create_user("coordinator", password="geheim-wachtwoord")
    Publisher.objects.create(user=user, organisation=live_data["amsterdam"])
    page.goto(live_server.url + "/aanleveren/inloggen/")
    page.fill("input[name=username]", "coordinator")
    page.fill("input[name=password]", "geheim-wachtwoord")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.goto(live_server.url + "/aanleveren/jaarverslag/gm0363/2024/")
    assert axe_violations(page) == []
    page.fill("#id_introductie", "Dit jaar kregen we minder klachten over afval.")
    with page.expect_navigation():
        page.click("text=Opslaan en publiceren")
    page.goto(live_server.url + "/organisaties/gm0363/jaarverslag/2024")
    assert "Dit jaar kregen we minder klachten over afval." in page.inner_text("article")
    with page.expect_download() as download:
        page.evaluate(
            "() => { const a = document.querySelector('a[href$=\".pdf\"]'); a.download = 'v.pdf'; a.click(); }"
        )
    assert download.value.path().read_bytes()[:5] == b"%PDF-"
