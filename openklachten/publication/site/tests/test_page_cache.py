"""Whole public pages kept per read-model generation (publication.site.pagecache), through the real middleware."""

import pytest
from csp.constants import NONCE
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path

from openklachten.config import urls as project_urls
from openklachten.publication import readmodel
from openklachten.publication.site import pagecache
from openklachten.registry import factories, withdrawal


def nonce_page(request):
    """A page whose template would put the request's CSP nonce into an inline element."""
    return HttpResponse(f'<!doctype html><script nonce="{request.csp_nonce}">1</script>' + "x" * 300)


urlpatterns = [path("embed/met-nonce", nonce_page), *project_urls.urlpatterns]


def test_second_request_is_served_from_the_cache_with_the_same_headers(public_dataset, client):
    first = client.get("/?conclusie=gegrond")
    assert first.status_code == 200 and pagecache.pages.stored == 1
    second = client.get("/?conclusie=gegrond")
    assert pagecache.pages.hits == 1 and pagecache.pages.stored == 1
    assert second.content == first.content
    for header in ("Content-Type", "Content-Security-Policy", "X-Frame-Options", "Vary", "Cache-Control"):
        assert second.get(header) == first.get(header), header
    assert "nonce-" not in second["Content-Security-Policy"]
    client.get("/?conclusie=ongegrond")  # another query string is another page
    assert pagecache.pages.hits == 1 and pagecache.pages.stored == 2


def test_a_hit_runs_no_view_and_no_read_model_query(public_dataset, client, django_assert_max_num_queries):
    client.get("/klachten?q=containers")
    with django_assert_max_num_queries(1):  # the registry's sequence: is this generation still serveable?
        page = client.get("/klachten?q=containers")
    assert page.status_code == 200 and pagecache.pages.hits == 1


def test_a_complaint_page_keeps_the_breadcrumb_of_the_search_it_came_from(public_dataset, client):
    came_from = {"HTTP_REFERER": "http://testserver/klachten?q=parkeren"}
    first = client.get("/klachten/NO0000001", **came_from).content.decode()
    elsewhere = client.get("/klachten/NO0000001", HTTP_REFERER="https://example.org/").content.decode()
    assert "/klachten?q=parkeren" in first and "/klachten?q=parkeren" not in elsewhere
    assert client.get("/klachten/NO0000001", **came_from).content.decode() == first
    assert pagecache.pages.stored == 2 and pagecache.pages.hits == 1


def test_each_content_coding_is_its_own_entry(public_dataset, client):
    brotli = client.get("/", HTTP_ACCEPT_ENCODING="br")
    plain = client.get("/")
    assert brotli["Content-Encoding"] == "br" and not plain.has_header("Content-Encoding")
    again = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert again["Content-Encoding"] == "br" and again.content == brotli.content
    assert client.get("/")["Content-Length"] == plain["Content-Length"]
    assert pagecache.pages.stored == 2 and pagecache.pages.hits == 2


def test_a_new_generation_gives_a_fresh_page(public_dataset, client):
    before = client.get("/klachten?q=voetgangersbrug").content.decode()
    assert "NIEUW0001" not in before
    factories.make_complaint(
        public_dataset["deliveries"][0], public_id="NIEUW0001", gedraging="De voetgangersbrug bleef maanden dicht."
    )
    readmodel.rebuild()
    after = client.get("/klachten?q=voetgangersbrug").content.decode()
    assert "NIEUW0001" in after and pagecache.pages.hits == 0


def test_a_withdrawn_complaint_disappears_after_the_rebuild(public_dataset, client, django_capture_on_commit_callbacks):
    assert client.get("/klachten/NO0000001").status_code == 200
    assert client.get("/klachten/NO0000001").status_code == 200 and pagecache.pages.hits == 1
    with django_capture_on_commit_callbacks(execute=True):
        withdrawal.withdraw_delivery(public_dataset["deliveries"][2])  # the ombudsman's delivery; rebuilds
    assert client.get("/klachten/NO0000001").status_code == 404


def test_the_503_while_stale_wins_over_a_cached_page(public_dataset, client, django_capture_on_commit_callbacks):
    assert client.get("/").status_code == 200 and client.get("/").status_code == 200
    assert pagecache.pages.hits == 1
    lock = readmodel.root() / ".lock"  # the rebuild after the withdrawal fails (its lock path is a directory)
    lock.unlink(missing_ok=True)
    lock.mkdir()
    try:
        with pytest.raises(readmodel.ReadModelStale):
            with django_capture_on_commit_callbacks(execute=True):
                withdrawal.withdraw_delivery(public_dataset["deliveries"][1])
        page = Client(raise_request_exception=False).get("/")
        assert page.status_code == 503 and page["Retry-After"]
        assert pagecache.pages.hits == 1
    finally:
        lock.rmdir()


def test_an_organisation_renamed_without_a_rebuild_shows_its_new_name(public_dataset, client):
    from openklachten.registry import sequence

    sequence.advance("import")  # the registry has counted publications (as any real one has)
    readmodel.rebuild()
    assert "Gemeente Amsterdam" in client.get("/").content.decode()
    amsterdam = public_dataset["amsterdam"]
    amsterdam.name = "Gemeente Amsterdam-Weesp"
    amsterdam.save()
    assert "Gemeente Amsterdam-Weesp" in client.get("/").content.decode()
    assert pagecache.pages.hits == 0


def test_logged_in_users_and_publisher_pages_are_never_cached(public_dataset, client):
    user = get_user_model().objects.create_user("redacteur", password="een-lang-wachtwoord")
    client.force_login(user)
    client.get("/")
    client.get("/")
    assert pagecache.pages.stored == 0 and pagecache.pages.hits == 0
    anonymous = Client()
    for _ in range(2):
        anonymous.get("/aanleveren/inloggen/")
        anonymous.get("/api/v1/klachten")
        anonymous.get("/healthz")
    assert pagecache.pages.stored == 0 and pagecache.pages.hits == 0


def test_a_page_with_a_csp_nonce_is_never_cached(public_dataset, client, settings):
    """The site's policy has no nonces (no inline script at all); should one be added, no nonce goes stale."""
    settings.ROOT_URLCONF = __name__
    policy = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**policy, "script-src": ["'self'", NONCE]}}
    first, second = client.get("/embed/met-nonce"), client.get("/embed/met-nonce")
    assert first.status_code == second.status_code == 200
    assert "nonce-" in first["Content-Security-Policy"]
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
    assert pagecache.pages.stored == 0


def test_a_foreign_host_passes_through_without_opening_the_read_model(public_dataset, settings, monkeypatch):
    settings.ALLOWED_HOSTS = ["klachten.example.nl"]
    opened = []
    monkeypatch.setattr(pagecache.store, "connection", lambda: opened.append(1))
    page = Client(raise_request_exception=False).get("/", HTTP_HOST="aanvaller.example")
    assert page.status_code == 400 and opened == [] and pagecache.pages.stored == 0


@override_settings(PAGE_CACHE_MB=0)
def test_the_setting_zero_turns_it_off(public_dataset, client):
    client.get("/")
    client.get("/")
    assert pagecache.pages.stored == 0 and pagecache.pages.hits == 0
