"""The overview: figures for any filter, filter panel with counts, exclusion, shareable URLs."""

import re

from openklachten.publication.site.tests.dataset import AMSTERDAM_TOTAL, ROTTERDAM_TOTAL

TOTAL = AMSTERDAM_TOTAL + ROTTERDAM_TOTAL + 1


def kpi(html: str, name: str) -> str:
    match = re.search(rf"<dt>{re.escape(name)}</dt><dd>(.*?)</dd>", html, re.S)
    assert match, name
    return match.group(1).strip()


def test_home_shows_the_figures_of_everything(client, data):
    html = client.get("/").content.decode()
    assert kpi(html, "Klachten") == str(TOTAL)
    assert kpi(html, "Formeel / informeel") == f"{TOTAL - 8} / 8"
    assert 'lang="nl"' in html
    for chart in ("trend", "formeel-informeel", "conclusies", "themas", "oorzaken", "afdoeningswijze", "kanalen"):
        assert f'id="grafiek-{chart}"' in html


def test_filters_combine_and_exclude(client, data):
    only = client.get("/?organisatie=gm0363&thema=afval").content.decode()
    assert kpi(only, "Klachten") == str(AMSTERDAM_TOTAL // 2)
    excluded = client.get("/?organisatie=gm0363&thema__niet=afval").content.decode()
    assert kpi(excluded, "Klachten") == str(AMSTERDAM_TOTAL // 2)
    both = client.get("/?organisatie=gm0363&organisatie=gm0599").content.decode()
    assert kpi(both, "Klachten") == str(AMSTERDAM_TOTAL + ROTTERDAM_TOTAL)


def test_filter_panel_lists_values_with_counts_and_keeps_the_selection(client, data):
    html = client.get("/?organisatie=gm0363").content.decode()
    # Each value has an include and an exclude checkbox with a label; the selection stays checked.
    assert re.search(
        r'name="organisatie" value="gm0363" checked>\s*<label[^>]*>Gemeente Amsterdam '
        rf'<span class="count">\({AMSTERDAM_TOTAL}\)</span>',
        html,
    )
    assert 'name="organisatie__niet" value="gm0599"' in html
    assert re.search(
        r'name="formeel_informeel" value="informeel">\s*<label[^>]*>Informeel <span class="count">\(8\)', html
    )
    # The active filter shows as a chip whose link removes it.
    assert "Organisatie: Gemeente Amsterdam" in html
    assert 'href="?">verwijderen' in html


def test_period_filter(client, data):
    html = client.get("/?organisatie=gm0599&van=2024-03-03&tot=2024-03").content.decode()
    assert kpi(html, "Klachten") == str(ROTTERDAM_TOTAL - 2)


def test_rates_on_the_overview(client, data):
    html = client.get("/?organisatie=gm0363").content.decode()
    # Conclusions cycle gegrond, ongegrond, deels-gegrond, ongegrond: half (deels) gegrond.
    scope = ' <span class="kpi-scope">formele klachten</span>'
    assert kpi(html, "(Deels) gegrond" + scope).startswith("50,0%<span")
    assert kpi(html, "Binnen de termijn (Awb 9:11)" + scope).startswith("75,0%<span")


def test_unfiltered_panel_counts_equal_the_facets(client, data):
    """Without value filters the panel reuses the overview's counts; they must be what facets() says."""
    from django.http import QueryDict

    from openklachten.publication import query

    facets = query.facets(query.Filters.from_params(QueryDict("van=2024-01-01")))
    html = client.get("/?van=2024-01-01").content.decode()
    for name, pairs in facets.items():
        for code, n in pairs:
            assert re.search(
                rf'name="{name}" value="{re.escape(code)}"[^>]*><label[^>]*>[^<]*<span class="count">\({n}\)', html
            ), (name, code, n)
