"""The publisher pages of issue 15 in a real browser: axe-core finds nothing, buttons are full size."""

import pytest

from openklachten.registry.factories import make_complaint, make_delivery
from openklachten.registry.models import PublicationState, QuarantinedText
from openklachten.registry.tests.conftest import complaint_row, write_delivery
from openklachten.registry.tests.test_publisher_browser import _axe, _login, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


def test_new_publisher_pages_have_no_axe_violations(browser_page, live_server, publisher, amsterdam, tmp_path):
    from openklachten.registry.importer import import_delivery

    delivery = import_delivery(write_delivery(tmp_path / "a.csv", [complaint_row(1)]), amsterdam).delivery
    complaint = make_complaint(make_delivery(amsterdam), state=PublicationState.IN_REVIEW, gedraging="")
    item = QuarantinedText.objects.create(
        complaint=complaint,
        field="gedraging",
        raw_text="Mevrouw Jansen belde.",
        entities=[{"start": 8, "end": 14, "type": "NAAM", "confidence": 0.6}],
    )
    page = browser_page
    _login(page, live_server)
    height = page.get_by_role("button", name="Controleren en publiceren").bounding_box()["height"]
    assert height >= 36, f"button is {height} px tall"
    page.get_by_label("Bestand met klachten").set_input_files(write_delivery(tmp_path / "b.csv", [complaint_row(2)]))
    page.get_by_role("button", name="Alleen controleren").click()
    page.wait_for_selector("text=is in orde")
    assert _axe(page) == []
    for path in (
        "/aanleveren/leveringen/",
        f"/aanleveren/leveringen/{delivery.pk}/intrekken/",
        "/aanleveren/controle/",
        f"/aanleveren/controle/{item.pk}/",
    ):
        page.goto(live_server.url + path)
        assert _axe(page) == [], path
