"""Fixtures for every component's tests."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Rendered pages are kept per process (publication.site.pagecache): none carries over between tests."""
    from openklachten.publication.site import pagecache

    pagecache.pages.clear()
    yield
    pagecache.pages.clear()
