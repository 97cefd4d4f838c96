"""The Content-Security-Policy in a real browser: no page of ours trips it.

A blocked script or style breaks the page.
"""

import pytest

from openklachten.publication.site.tests.browser_helpers import browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/klachten?q=grofvuil",
    "/klachten/AMS0000",
    "/vergelijken",
    "/kaart",
    "/organisaties/gm0363",
    "/embed/conclusies?organisatie=gm0363",
    "/over",
    "/aanleveren/inloggen/",
    "/beheer/login/",
]


def test_no_csp_violation_on_any_page(page, live_server, live_data):
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.add_init_script("""document.addEventListener('securitypolicyviolation',
        e => console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));""")
    for path in PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()}
        page.wait_for_load_state("load")
    assert violations == []
