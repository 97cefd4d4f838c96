"""Shared pieces of the browser tests: Chromium through Playwright, axe-core, keyboard helpers."""

import os

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM is only used before it starts.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's sync API allows one running instance per thread, and the screenshots
    # command (tested in its own module) starts its own.
    from playwright.sync_api import sync_playwright

    from openklachten.publication.site.browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh context per test that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.set_default_timeout(15000)
    yield page
    context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core (shipped with axe-playwright-python) with every rule, details opened first."""
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
    ]


def active(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {tag: e.tagName.toLowerCase(), text: (e.innerText || e.value || '').trim(), id: e.id,
                name: e.getAttribute('name'), value: e.getAttribute('value'), href: e.getAttribute('href'),
                outline: s.outlineStyle, outlineWidth: s.outlineWidth}; }"""
    )


def tab_to(page, predicate, limit: int = 400) -> dict:
    """Press Tab until the focused element matches; fail if it never does (keyboard trap or unreachable)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = active(page)
        if predicate(element):
            return element
    raise AssertionError("element not reachable with the Tab key")
