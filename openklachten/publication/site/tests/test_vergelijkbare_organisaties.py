"""The comparison with similar organisations and landelijk, checked against figures computed here from the specs."""

import csv
import datetime as dt
import io
import statistics

import pytest

from openklachten.publication.site.tests.conftest import rebuild_readmodel
from openklachten.registry import factories

# Five gemeenten and a provincie. Population classes (query.defaults.POPULATION_CLASSES): 20,000-50,000 holds
# A, B, C and D (D with too few complaints), E is alone at 250,000 or more.
GEMEENTEN = {
    # code: (name, inhabitants, complaints, every n-th complaint gegrond, every n-th informal)
    "gm0001": ("Gemeente Aa", 30_000, 130, 2, 5),
    "gm0002": ("Gemeente Bee", 40_000, 125, 3, 4),
    "gm0003": ("Gemeente Cee", 45_000, 150, 4, 6),
    "gm0004": ("Gemeente Dee", 25_000, 10, 2, 3),
    "gm0005": ("Gemeente Ee", 300_000, 120, 5, 7),
}
PROVINCIE = ("pv0020", "Provincie Test", 40, 2, 9)


def _complaints(total, every_upheld, every_informal):
    """The specs of one organisation's complaints: (received, formal, upheld, within term, handling days)."""
    out = []
    for i in range(total):
        out.append(
            (
                dt.date(2024, 1 + (i * 7) % 12, 1 + i % 27),
                i % every_informal != 0,
                i % every_upheld == 0,
                i % 3 != 0,
                5 + (i * 11) % 60,
            )
        )
    return out


@pytest.fixture
def peers(db, tmp_path, settings):
    return build(tmp_path, settings)


def build(tmp_path, settings) -> dict:
    """The organisations, their population file (GEO_DIR) and complaints; returns the specs per organisation."""
    rows = "\n".join(f"{code.upper()},{name},{people},2024-01-01" for code, (name, people, *_) in GEMEENTEN.items())
    (tmp_path / "gemeenten-inwoners.csv").write_text(
        "gemeentecode,gemeentenaam,inwoners,peildatum\n" + rows + "\n", encoding="utf-8"
    )
    settings.GEO_DIR = tmp_path
    specs = {}
    organisations = [(code, name, "gemeente", total, up, inf) for code, (name, _, total, up, inf) in GEMEENTEN.items()]
    organisations.append((PROVINCIE[0], PROVINCIE[1], "provincie", *PROVINCIE[2:]))
    for code, name, kind, total, every_upheld, every_informal in organisations:
        org = factories.make_organisation(code, name, type=kind)
        delivery = factories.make_delivery(org, row_count=total)
        specs[code] = _complaints(total, every_upheld, every_informal)
        for received, formal, upheld, within, days in specs[code]:
            factories.make_complaint(
                delivery,
                ontvangstdatum=received,
                formeel_informeel="formeel" if formal else "informeel",
                conclusie="gegrond" if upheld else "ongegrond",
                binnen_termijn=within,
                behandelduur_dagen=days,
            )
    rebuild_readmodel()
    return specs


def _gegrond(spec):
    formal = [c for c in spec if c[1]]
    return sum(c[2] for c in formal) / len(formal)


def _nl(value, decimals=1):
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def test_organisation_page_shows_peer_median_and_pooled_national_figures(client, peers):
    peers_enough = [c for c in ("gm0001", "gm0002", "gm0003") if len(peers[c]) >= 30]  # gm0004 has 10
    per_10000 = statistics.median(10_000 * len(peers[c]) / GEMEENTEN[c][1] for c in peers_enough)
    gegrond = statistics.median(_gegrond(peers[c]) for c in peers_enough)
    termijn = statistics.median(sum(x[3] for x in peers[c] if x[1]) / sum(x[1] for x in peers[c]) for c in peers_enough)
    everything = [c for spec in peers.values() for c in spec]
    national_gegrond = _gegrond(everything)
    gemeenten_total = sum(len(peers[c]) for c in GEMEENTEN)
    national_per_10000 = 10_000 * gemeenten_total / sum(g[1] for g in GEMEENTEN.values())

    html = client.get("/organisaties/gm0002").content.decode()
    section = html[html.index('id="vergelijking"') : html.index("Ontwikkeling per kwartaal")]
    assert (
        "gemeenten met 20.000 tot 50.000 inwoners (4 organisaties in Open Klachten, waarvan 3 met ten minste 30"
        in section
    )
    assert "januari 2024 t/m december 2024" in section
    own = 10_000 * len(peers["gm0002"]) / 40_000
    assert (
        f'<td class="num">{_nl(own)}</td><td class="num">{_nl(per_10000)}</td>'
        f'<td class="num">{_nl(national_per_10000)}</td>' in section
    )
    assert f'{_nl(100 * gegrond)}%</td><td class="num">{_nl(100 * national_gegrond)}%' in section
    assert f'<td class="num">{_nl(100 * termijn)}%</td>' in section
    assert f"alle {len(everything)} klachten van 6 organisaties" in section


def test_alone_in_its_class_and_too_few_complaints_say_so(client, peers):
    alone = client.get("/organisaties/gm0005").content.decode()
    assert "gemeenten met 250.000 inwoners of meer (1 organisatie in Open Klachten" in alone
    assert "geen mediaan" in alone
    few = client.get("/organisaties/gm0004").content.decode()
    assert 'too-few">te weinig klachten</td>' in few
    provincie = client.get("/organisaties/pv0020").content.decode()
    assert "Vergelijkbare organisaties: provincies (1 organisatie" in provincie
    assert "Klachten per 10.000 inwoners</th>" not in provincie  # only gemeenten have inhabitants


def test_comparison_table_lists_the_peer_groups_of_the_shown_organisations_and_landelijk(client, peers):
    html = client.get("/vergelijken?organisatie=gm0001&organisatie=gm0005").content.decode()
    footer = html[html.index('class="referenties"') :]
    assert "Mediaan gemeenten met 20.000 tot 50.000 inwoners" in footer
    assert "3 van 4 organisaties met genoeg klachten" in footer
    assert "Mediaan gemeenten met 250.000 inwoners of meer" in footer
    assert "Landelijk (alle organisaties samen)" in footer
    assert "provincies" not in footer  # no provincie among the shown organisations


def test_quarterly_gegrond_chart_csv_against_the_specs(client, peers):
    response = client.get("/grafieken/kwartalen-gegrond.csv?organisatie=gm0003")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Kwartaal", "Deze organisatie", "Mediaan vergelijkbare organisaties", "Landelijk (alle samen)"]
    everything = [c for spec in peers.values() for c in spec]
    assert len(rows) == 5 and all(own and peer for _, own, peer, _ in rows[1:])  # each quarter has enough here
    for quarter, own, peer, national in rows[1:]:
        number = int(quarter[-1])

        def in_quarter(spec, number=number):
            return [c for c in spec if (c[0].month - 1) // 3 + 1 == number]

        mine = in_quarter(peers["gm0003"])
        assert own == (str(round(100 * _gegrond(mine), 1)) if len(mine) >= 30 else "")
        group = [in_quarter(peers[c]) for c in ("gm0001", "gm0002", "gm0003", "gm0004")]
        enough = [_gegrond(g) for g in group if len(g) >= 30]
        assert peer == (str(round(100 * statistics.median(enough), 1)) if len(enough) >= 3 else "")
        assert national == str(round(100 * _gegrond(in_quarter(everything)), 1))
