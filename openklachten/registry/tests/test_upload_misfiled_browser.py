"""A coordinator of two organisations uploads another body's file in a real browser: refused, nothing stored."""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from openklachten.registry.factories import make_organisation
from openklachten.registry.models import Complaint, Delivery, Publisher
from openklachten.registry.tests.conftest import complaint_row, write_delivery
from openklachten.registry.tests.test_publisher_browser import _axe, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

# Set to a directory (docs/img) to refresh the screenshot in the documentation.
DOCS_IMG = os.environ.get("OPENKLACHTEN_DOCS_IMG")


def test_coordinator_must_choose_and_a_mismatching_file_is_refused(browser_page, live_server, amsterdam, tmp_path):
    belastingdienst = make_organisation("oorg10011", "Belastingdienst", "zbo")
    user = get_user_model().objects.create_user("coordinator", password="geheim-wachtwoord")
    for organisation in (belastingdienst, amsterdam):
        Publisher.objects.create(user=user, organisation=organisation)
    page = browser_page
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(live_server.url + "/aanleveren/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("coordinator")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/aanleveren/")
    select = page.get_by_label("Organisatie")
    assert select.input_value() == ""  # nothing chosen for the coordinator
    assert select.evaluate("s => s.options[s.selectedIndex].text") == "Kies een organisatie"

    path = write_delivery(
        tmp_path / "klachten-utrecht.csv",
        [complaint_row(n, bestuursorgaan="Gemeente Utrecht") for n in range(1, 4)],
    )
    page.get_by_label("Bestand met klachten").set_input_files(path)
    page.get_by_role("button", name="Controleren en publiceren").click()
    page.wait_for_load_state()
    assert "Kies de organisatie waarvoor u deze levering aanlevert." in page.inner_text("main")

    page.get_by_label("Organisatie").select_option(label="Belastingdienst")
    page.get_by_label("Bestand met klachten").set_input_files(path)
    # The check-only run answers at once (publishing runs as a background job; its refusal is request-tested).
    page.get_by_role("button", name="Alleen controleren").click()
    page.wait_for_load_state()
    message = page.locator(".veld-fout .fout").inner_text()
    assert "Dit bestand hoort niet bij Belastingdienst" in message
    assert "Gemeente Utrecht (rijen 2, 3, 4)" in message and "Er is niets opgeslagen" in message
    assert _axe(page) == []
    assert Delivery.objects.count() == 0 and Complaint.objects.count() == 0
    if DOCS_IMG:
        page.screenshot(path=str(Path(DOCS_IMG) / "aanleveren-verkeerde-organisatie.png"), full_page=True)
