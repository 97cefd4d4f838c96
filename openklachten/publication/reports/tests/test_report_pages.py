"""The report pages: content, empty and running periods, small organisations, bad input, links, no free text."""

import datetime as dt
import re

from openklachten.publication.site.tests import dataset


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_year_report_shows_the_figures_and_the_chain(client, data):
    response = client.get("/organisaties/gm0363/jaarverslag/2024")
    assert response.status_code == 200
    page = _text(response)
    assert "Klachtenjaarverslag 2024" in page
    assert "In 2024 ontving Gemeente Amsterdam 40 klachten." in page
    assert "32 klachten werden formeel behandeld volgens hoofdstuk 9 van de Awb (80%) en 8 informeel (20%)." in page
    assert "1 klacht ging daarna naar een ombudsman: Nationale ombudsman (1)." in page
    assert "Formele klachten binnen de termijn" in page
    assert 'href="/organisaties/gm0363/jaarverslag/2024.pdf"' in response.content.decode()


def test_report_never_shows_a_complaints_free_text(client, data):
    html = client.get("/organisaties/gm0363/jaarverslag/2024").content.decode()
    assert "parkeervergunning werd te laat" not in html
    assert "niet teruggebeld" not in html


def test_small_organisation_gets_counts_only(client, data):
    page = _text(client.get("/organisaties/gm0599/jaarverslag/2024"))
    assert f"In 2024 ontving Gemeente Rotterdam {dataset.ROTTERDAM_TOTAL} klachten." in page
    assert "geen percentages" in page
    summary = page.split("Samenvatting", 2)[-1].split("Verantwoording")[0]
    assert "%" not in summary.replace("100%", "")  # only the note on themes may mention 100%


def test_year_without_data_is_a_clear_page(client, data):
    response = client.get("/organisaties/gm0363/jaarverslag/2019")
    assert response.status_code == 200
    page = _text(response)
    assert "Geen klachten in deze periode" in page
    assert "Over 2019 zijn van Gemeente Amsterdam geen klachten gepubliceerd." in page
    assert ".pdf" not in response.content.decode()


def test_running_year_is_marked_incomplete(client, data):
    page = _text(client.get(f"/organisaties/gm0363/jaarverslag/{dt.date.today().year}"))
    assert "Deze periode loopt nog" in page


def test_quarter_report(client, data):
    response = client.get("/organisaties/gm0363/kwartaalrapportage/2024-K1")
    assert response.status_code == 200
    assert "In het eerste kwartaal van 2024 ontving Gemeente Amsterdam 12 klachten." in _text(response)


def test_bad_periods_and_unknown_organisations(client, data):
    assert client.get("/organisaties/gm0363/kwartaalrapportage/2024-K7").status_code == 400
    assert "kwartaal" in _text(client.get("/organisaties/gm0363/kwartaalrapportage/2024-K7"))
    assert client.get("/organisaties/gm0363/jaarverslag/1200").status_code == 400
    assert client.get("/organisaties/xx9999/jaarverslag/2024").status_code == 404
    assert client.get("/jaarbeeld/2024/planeten").status_code == 404


def test_national_picture_per_type_and_overall(client, data):
    overall = _text(client.get("/jaarbeeld/2024"))
    assert "In 2024 ontvingen alle organisaties samen 47 klachten." in overall
    gemeenten = _text(client.get("/jaarbeeld/2024/gemeente"))
    assert "In 2024 ontvingen alle gemeenten samen 46 klachten." in gemeenten
    index = client.get("/jaarbeeld").content.decode()
    assert 'href="/jaarbeeld/2024"' in index and 'href="/jaarbeeld/2024/gemeente"' in index


def test_reports_are_linked_from_home_and_organisation_page(client, data):
    assert 'href="/jaarbeeld"' in client.get("/").content.decode()
    assert 'href="/organisaties/gm0363/jaarverslag"' in client.get("/organisaties/gm0363").content.decode()
    index = client.get("/organisaties/gm0363/jaarverslag").content.decode()
    assert 'href="/organisaties/gm0363/jaarverslag/2024"' in index
