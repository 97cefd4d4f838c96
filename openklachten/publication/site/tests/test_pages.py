"""The standard and about pages, and the shared base template."""


def test_about_page_names_the_cbs_sources_of_the_data_in_use(client, db, settings):
    settings.GEO_DIR = None  # the bundled CBS files
    html = client.get("/over").content.decode()
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/deed.nl">CC0 1.0' in html
    assert "Bron: CBS (via PDOK), vereenvoudigd door cartomap/nl" in html
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED)" in html


def test_about_page_claims_no_cbs_source_when_no_cbs_data_is_used(client, db, no_geo_dir):
    html = client.get("/over").content.decode()
    assert "cartomap" not in html and "85984NED" not in html


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


def test_standard_artefacts_download(client, db):
    html = client.get("/standaard").content.decode()
    for name in ("publicatiesjabloon.xlsx", "klachten.schema.json", "datastandaard.md"):
        assert f'href="/standaard/{name}"' in html
    schema = client.get("/standaard/klachten.schema.json")
    assert schema.status_code == 200 and "ontvangstdatum" in schema.json()["properties"]
    xlsx = client.get("/standaard/publicatiesjabloon.xlsx")
    assert xlsx.content[:2] == b"PK"  # a zip container, i.e. an XLSX workbook
    assert client.get("/standaard/../settings.py").status_code == 404
