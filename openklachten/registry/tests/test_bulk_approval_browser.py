"""Bulk approval after a sample and undoing a delivery withdrawal, in a real browser: axe-core finds nothing."""

import pytest

from openklachten.registry import sampling
from openklachten.registry.models import Complaint, DeliveryStatus, QuarantinedText
from openklachten.registry.tests.conftest import make_held_delivery
from openklachten.registry.tests.test_publisher_browser import _axe, _login, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


def test_sample_then_approve_the_rest(browser_page, live_server, publisher, amsterdam, monkeypatch):
    monkeypatch.setattr(sampling, "SAMPLE_SIZE", 2)  # the flow is the same for 20; two keeps the test short
    delivery = make_held_delivery(amsterdam, 4, published=1)
    page = browser_page
    _login(page, live_server)
    page.goto(f"{live_server.url}/aanleveren/leveringen/{delivery.pk}/")
    assert _axe(page) == []
    page.get_by_role("link", name="eerst een steekproef van 2 en daarna de rest in één keer").click()
    assert "95% zekerheid" in page.inner_text("main") and _axe(page) == []
    page.get_by_role("button", name="Steekproef van 2 teksten trekken").click()
    page.get_by_role("link", name="Controleer de steekproef (2 te gaan)").click()
    assert "hoort bij de steekproef" in page.inner_text("main") and _axe(page) == []
    first = page.url
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    page.wait_for_selector("text=is goedgekeurd; de klacht is gepubliceerd")
    assert page.url != first and "hoort bij de steekproef" in page.inner_text("main")  # the other sampled text
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    page.wait_for_url(f"**/aanleveren/leveringen/{delivery.pk}/steekproef/")
    assert "Alle 2 teksten uit de steekproef zijn goedgekeurd" in page.inner_text("main")
    assert _axe(page) == []
    page.get_by_label("Ik keur de overige 2 teksten goed zonder ze te lezen").check()
    page.get_by_role("button", name="Overige 2 teksten goedkeuren en publiceren").click()
    page.wait_for_selector("text=De overige 2 teksten van levering")
    assert _axe(page) == []
    assert not QuarantinedText.objects.exists()
    assert Complaint.published.filter(delivery=delivery).count() == 5


def test_withdraw_and_undo_a_delivery(browser_page, live_server, publisher, amsterdam):
    delivery = make_held_delivery(amsterdam, 0, published=3)
    page = browser_page
    _login(page, live_server)
    page.goto(f"{live_server.url}/aanleveren/leveringen/{delivery.pk}/intrekken/")
    page.get_by_role("button", name=f"Ja, levering {delivery.pk} intrekken").click()
    page.wait_for_selector(f"text=Aanlevering {delivery.pk} is ingetrokken (3 klachten).")
    page.get_by_role("link", name=f"Intrekken van levering {delivery.pk} ongedaan maken").click()
    assert "verschijnen 3 klachten weer" in page.inner_text("main") and _axe(page) == []
    page.get_by_role("button", name=f"Ja, levering {delivery.pk} weer publiceren").click()
    page.wait_for_selector(f"text=Aanlevering {delivery.pk} is weer gepubliceerd (3 klachten).")
    assert _axe(page) == []
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PUBLISHED
    page.goto(f"{live_server.url}/aanleveren/logboek/")
    assert "Intrekken van aanlevering ongedaan gemaakt" in page.inner_text("main") and _axe(page) == []
