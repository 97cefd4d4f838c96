def test_statistieken_per_dimension_and_time_series(public_dataset, client):
    body = client.get("/api/v1/statistieken?dimensie=conclusie&organisatie=gm0363").json()
    assert body["samenvatting"]["total"] == 40
    rows = {r["waarde"]: r for r in body["waarden"]}
    assert rows["gegrond"]["total"] == 10 and rows["gegrond"]["label"] == "Onderzocht en gegrond"
    months = client.get("/api/v1/statistieken").json()
    assert months["dimensie"] == "maand" and months["waarden"][0]["waarde"] == "2023-06"
    assert "mediaan_behandelduur" in months["samenvatting"] and "binnen_termijn" in months["samenvatting"]


def test_organisaties_with_freshness_and_too_few(public_dataset, client):
    body = client.get("/api/v1/organisaties").json()
    rows = {r["code"]: r for r in body["resultaten"]}
    assert rows["gm0344"]["te_weinig_klachten"] and rows["gm0344"]["gegrond"] is None
    assert rows["gm0363"]["aantal_klachten"] == 40 and rows["gm0363"]["verouderd"] is False
    assert client.get("/api/v1/organisaties/gm0363").json()["naam"] == "Gemeente Amsterdam"
    assert client.get("/api/v1/organisaties/zzz").status_code == 404


def test_aanleveringen_with_metadata_and_download_links(public_dataset, client):
    body = client.get("/api/v1/aanleveringen?organisatie=gm0344").json()
    assert body["totaal"] == 1  # the withdrawn delivery is not listed
    item = body["resultaten"][0]
    assert item["organisatie"] == "gm0344" and item["downloads"]["csv"].endswith(
        f"/downloads/aanleveringen/{item['id']}.csv"
    )


def test_waardelijsten_from_the_standard(public_dataset, client):
    names = [w["naam"] for w in client.get("/api/v1/waardelijsten").json()]
    assert "conclusie" in names and "themas" in names
    codes = [c["code"] for c in client.get("/api/v1/waardelijsten/conclusie").json()["codes"]]
    assert codes[:3] == ["gegrond", "deels-gegrond", "ongegrond"]
    assert client.get("/api/v1/waardelijsten/bestaatniet").status_code == 404


def test_index_links_every_resource(public_dataset, client):
    """/api/v1/ (the catalogue's endpointURL) answers with links that all resolve."""
    response = client.get("/api/v1/")
    assert response.status_code == 200 and response["API-Version"]
    links = response.json()["_links"]
    assert set(links) >= {
        "self",
        "klachten",
        "statistieken",
        "organisaties",
        "aanleveringen",
        "waardelijsten",
        "openapi",
    }
    for name, link in links.items():
        assert link["href"].startswith("http"), name
        assert client.get(link["href"].split("testserver", 1)[1]).status_code == 200, name
    assert client.get("/api/v1/?x=1").status_code == 400
