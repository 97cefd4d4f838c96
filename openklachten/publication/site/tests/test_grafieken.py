"""Chart data as CSV and embeddable chart pages, with the page's filters."""

import csv
import io


def test_csv_follows_the_filters(client, data):
    response = client.get("/grafieken/conclusies.csv?organisatie=gm0599")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [["Conclusie", "Aantal"], ["Onderzocht en gegrond", "6"]]


def test_embed_page_is_minimal_framable_and_keeps_filters(client, data):
    response = client.get("/embed/trend?organisatie=gm0363")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    html = response.content.decode()
    assert "site-header" not in html and "<svg" in html
    assert "/grafieken/trend.csv?organisatie=gm0363" in html
    assert client.get("/").get("X-Frame-Options") == "DENY"


def test_embed_csv_format(client, data):
    response = client.get("/embed/kanalen?_format=csv&organisatie=gm0363")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Kanaal", "Aantal"] and {r[0] for r in rows[1:]} == {"E-mail", "Telefoon"}


def test_every_chart_has_a_data_table(client, data):
    html = client.get("/").content.decode()
    assert html.count("Tabel met de gegevens") == 7
