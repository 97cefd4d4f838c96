"""Organisation pages: figures, deliveries, freshness warnings."""


def test_organisation_page_with_figures_and_fresh_delivery(client, data, geo_dir):
    html = client.get("/organisaties/gm0363").content.decode()
    assert "<h1>Gemeente Amsterdam</h1>" in html
    assert "Laatste aanlevering" in html and "Let op" not in html
    assert "800.000 inwoners" in html
    assert 'id="grafiek-trend"' in html
    assert "/klachten?organisatie=gm0363" in html


def test_stale_organisation_gets_a_warning_and_no_rates(client, data):
    html = client.get("/organisaties/gm0599").content.decode()
    assert "Let op: de laatste aanlevering is van" in html
    assert "te weinig klachten" in html


def test_organisation_list(client, data):
    html = client.get("/organisaties").content.decode()
    assert 'href="/organisaties/gm0363"' in html and "(40)" in html
