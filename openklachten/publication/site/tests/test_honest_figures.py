"""Headline figures on every surface: Awb 9:11 term and median over formal complaints, informal apart (issue 15)."""

import csv
import datetime as dt
import io
import re

import pytest

from openklachten.publication import query, readmodel
from openklachten.registry import factories


@pytest.fixture
def rotterdam(db):
    """10 formal complaints (6 within the term, 20..38 days; 5 gegrond) and 30 informal ones (2 days, all within)."""
    query.use(None)
    organisation = factories.make_organisation("gm0599", "Gemeente Rotterdam", "gemeente")
    delivery = factories.make_delivery(organisation)
    for i in range(10):
        factories.make_complaint(
            delivery,
            ontvangstdatum=dt.date(2024, 1, 1 + i),
            behandelduur_dagen=20 + 2 * i,
            binnen_termijn=i < 6,
            conclusie=("gegrond", "ongegrond")[i % 2],
        )
    for i in range(30):
        factories.make_complaint(
            delivery,
            ontvangstdatum=dt.date(2024, 2, 1 + i % 28),
            formeel_informeel="informeel",
            behandelduur_dagen=2,
            binnen_termijn=True,
            conclusie="",
            afdoeningswijze="zonder-onderzoek-afgedaan",
        )
    readmodel.rebuild()
    yield organisation
    query.use(None)


def _kpis(html: str) -> dict[str, str]:
    """Label (with its scope) -> shown value, tags stripped."""
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html, re.S)
    strip = lambda text: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()  # noqa: E731
    return {strip(label): strip(value) for label, value in pairs}


@pytest.mark.parametrize("path", ["/", "/organisaties/gm0599"])
def test_overview_and_organisation_page_label_formal_figures(client, rotterdam, path):
    kpis = _kpis(client.get(path).content.decode())
    # All 40 together would read 90% within the term and a median of 2 days.
    assert kpis["Binnen de termijn (Awb 9:11) formele klachten"] == "60,0% 6 van 10 afgehandeld"
    assert kpis["Mediane behandelduur formele klachten"] == "29 dagen"
    assert kpis["Mediane behandelduur informele klachten"] == "2 dagen"
    assert kpis["(Deels) gegrond formele klachten"] == "50,0% 5 van 10 beoordeeld"


def test_comparison_shows_counts_and_both_handling_times(client, rotterdam):
    html = client.get("/vergelijken").content.decode()
    row = re.search(r'<tr>\s*<th scope="row"><a href="/organisaties/gm0599">.*?</tr>', html, re.S).group(0)
    cells = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    ]
    del cells[1]  # per 10,000 inhabitants: depends on the CBS population file of the deployment
    assert cells == ["40 10 formeel", "50,0% 5 van 10", "60,0% 6 van 10", "29 dagen", "2 dagen"]
    assert "Binnen termijn" in html and "formeel, Awb 9:11" in html


def test_comparison_csvs_plain_and_excel(client, rotterdam):
    plain = list(csv.DictReader(io.StringIO(client.get("/vergelijken?_format=csv").content.decode())))[0]
    assert plain["Binnen termijn % (formeel, Awb 9:11)"] == "60.0" and plain["Binnen termijn aantal"] == "6"
    assert plain["Mediane behandelduur formeel (dagen)"] == "29.0"
    assert plain["Mediane behandelduur informeel (dagen)"] == "2.0"
    excel = client.get("/vergelijken?_format=csv-excel")
    text = excel.content.decode("utf-8")
    assert text.startswith("\ufeff") and 'filename="vergelijking-excel.csv"' in excel["Content-Disposition"]
    row = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))[0]
    assert row["Binnen termijn % (formeel, Awb 9:11)"] == "60,0" and row["(Deels) gegrond % (formeel)"] == "50,0"


def test_api_statistics_and_organisations(client, rotterdam):
    summary = client.get("/api/v1/statistieken").json()["samenvatting"]
    assert summary["binnen_termijn"] == 0.6 and summary["mediaan_behandelduur"] == 29.0
    assert summary["mediaan_behandelduur_informeel"] == 2.0
    assert (summary["aantal_binnen_termijn"], summary["aantal_afgehandeld_formeel"]) == (6, 10)
    organisation = client.get("/api/v1/organisaties/gm0599").json()
    assert organisation["binnen_termijn"] == 0.6 and organisation["aantal_gegrond"] == 5
    assert organisation["mediaan_behandelduur_informeel"] == 2.0
