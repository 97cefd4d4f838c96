"""The standard and about pages, and the shared base template."""


def test_about_page_names_licence_and_sources(client, db):
    html = client.get("/over").content.decode()
    assert "CC0" in html
    assert "Bron: CBS (via PDOK), vereenvoudigd door cartomap/nl" in html
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED)" in html


def test_standard_page_lists_attributes(client, db):
    html = client.get("/standaard").content.decode()
    assert "<h1>Open Klachten Datastandaard</h1>" in html
    assert "ontvangstdatum" in html


def test_base_template_has_skip_link_nav_and_local_assets_only(client, db):
    html = client.get("/over").content.decode()
    assert '<a class="skip-link" href="#inhoud">' in html
    assert 'aria-current="page"' in html
    assert "http://" not in html.split("<body")[0] and "https://" not in html.split("<body")[0]
    assert client.get("/static/site/site.css").status_code == 200
