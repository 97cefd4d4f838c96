"""The publisher pages in a real browser: accessible markup (axe-core) and selecting text to redact."""

import os
from pathlib import Path

import pytest

from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.models import PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row

pytestmark = pytest.mark.browser
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop runs in this thread

CHROMIUM = "/usr/bin/chromium"
RAW = "Mevrouw Jolanda Brinkhorst belde over de aanvraag van haar zoon Daan."


@pytest.fixture
def browser_page():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/ensure-services installs it)")
    from playwright.sync_api import sync_playwright

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(locale="nl-NL")
        page.set_default_timeout(15000)
        yield page
        browser.close()


def _axe(page) -> list:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]]


def _login(page, live_server):
    page.goto(live_server.url + "/aanleveren/inloggen/")
    assert _axe(page) == []
    page.get_by_label("Gebruikersnaam").fill("pietje")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/aanleveren/")


def test_publisher_pages_have_no_axe_violations(browser_page, live_server, publisher, amsterdam, tmp_path):
    page = browser_page
    _login(page, live_server)
    assert _axe(page) == []
    bad = tmp_path / "fout.csv"
    from openklachten.registry.tests.conftest import write_delivery

    write_delivery(bad, [complaint_row(1, ontvangstdatum="morgen")])
    page.get_by_label("Bestand met klachten").set_input_files(str(bad))
    page.get_by_role("button", name="Controleren en publiceren").click()
    page.wait_for_url("**/aanleveren/verwerking/**")  # at once, before the import ran
    assert "wordt verwerkt" in page.inner_text("main") and _axe(page) == []
    from openklachten.registry.jobs.runner import run_pending

    run_pending()  # the worker; the page notices by itself (it polls the status URL) and shows the report
    page.wait_for_selector("table.rapport")
    assert "morgen" in page.inner_text("table.rapport")
    assert _axe(page) == []
    from openklachten.registry.importer import import_delivery

    good = write_delivery(tmp_path / "goed.csv", [complaint_row(1), complaint_row(2)])
    delivery = import_delivery(good, amsterdam).delivery
    page.goto(live_server.url + "/aanleveren/leveringen/")
    assert _axe(page) == []
    page.goto(f"{live_server.url}/aanleveren/leveringen/{delivery.pk}/")
    assert _axe(page) == []


def test_selecting_text_fills_the_redaction_form(browser_page, live_server, publisher, amsterdam):
    complaint = make_complaint(make_delivery(amsterdam), state=PublicationState.IN_REVIEW, gedraging="")
    start = RAW.index("Jolanda Brinkhorst")
    item = QuarantinedText.objects.create(
        complaint=complaint,
        field="gedraging",
        raw_text=RAW,
        entities=[{"start": start, "end": start + 18, "type": "NAAM", "source": "lijst"}],
    )
    page = browser_page
    _login(page, live_server)
    page.goto(f"{live_server.url}/aanleveren/controle/{item.pk}/")
    assert _axe(page) == []
    # Select "Daan" in the text (after the highlighted name) as a publisher would with the mouse.
    page.evaluate(
        """() => { const pieces = document.querySelectorAll('#controle-tekst [data-start]');
        const last = pieces[pieces.length - 1].firstChild; const at = last.textContent.indexOf('Daan');
        const range = document.createRange(); range.setStart(last, at); range.setEnd(last, at + 4);
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(range); }"""
    )
    page.wait_for_function("document.querySelector('#selectie-formulier [name=start]').value !== ''")
    assert page.input_value("#selectie-formulier [name=start]") == str(RAW.index("Daan"))
    assert page.input_value("#selectie-formulier [name=end]") == str(RAW.index("Daan") + 4)
    page.select_option("#selectie-formulier [name=type]", "ANDER")
    page.get_by_role("button", name="Selectie weglakken").click()
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    page.wait_for_url("**/aanleveren/controle/")
    complaint.refresh_from_db()
    assert complaint.gedraging == "Mevrouw [NAAM-1] belde over de aanvraag van haar zoon [ANDER-1]."
