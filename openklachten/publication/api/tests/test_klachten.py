from openklachten.publication.query import meta


def test_list_has_meta_links_total_and_woo_category(public_dataset, client):
    response = client.get("/api/v1/klachten?conclusie=gegrond&conclusie=deels-gegrond&paginaGrootte=5")
    body = response.json()
    assert response.status_code == 200
    assert body["totaal"] == 21 and len(body["resultaten"]) == 5
    assert body["_links"]["next"]["href"].endswith("pagina=2")
    assert "prev" not in body["_links"]
    assert body["_meta"]["licentie"] == meta.LICENCE
    assert body["_meta"]["aantal_klachten"] == 53
    assert {p["organisatie"] for p in body["_meta"]["aanleverders"]} == {"gm0363", "gm0344", "nom1"}
    assert all(r["informatiecategorie"] == meta.WOO_CATEGORY for r in body["resultaten"])
    assert all("klacht_key" not in r for r in body["resultaten"])


def test_exclusion_and_camel_case_filters(public_dataset, client):
    body = client.get("/api/v1/klachten?organisatieType=gemeente&conclusieNiet=ongegrond").json()
    assert body["totaal"] == 30


def test_full_text_search_with_fragments(public_dataset, client):
    body = client.get("/api/v1/klachten?q=containers").json()
    assert body["totaal"] == 10
    assert "<mark>" in body["resultaten"][0]["fragmenten"][0]["html"]


def test_detail_with_chain(public_dataset, client):
    body = client.get("/api/v1/klachten/NO0000001").json()
    assert body["public_id"] == "NO0000001"
    assert body["keten"][0]["url"].endswith("/api/v1/klachten/" + body["gerelateerde_klacht"])


def test_unpublished_complaint_is_404_problem(public_dataset, client):
    response = client.get(f"/api/v1/klachten/{public_dataset['hidden'].public_id}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
