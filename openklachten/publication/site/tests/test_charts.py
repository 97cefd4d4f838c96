"""Every registered chart renders well-formed SVG with an accessible name, and escapes its input."""

import xml.etree.ElementTree as ET

import pytest

from openklachten.publication.site.charts import CHARTS, RENDERERS
from openklachten.publication.site.charts.catalogue import Chart, register

SVG = "{http://www.w3.org/2000/svg}"
ROWS = [("Gegrond", 12), ("Ongegrond <script>", 30), ("Deels & gegrond", 0)]


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_renderer_output_is_valid_accessible_svg(kind):
    markup = RENDERERS[kind](ROWS, "Titel & zo", "klachten")
    root = ET.fromstring(markup)  # fails on unescaped <script> or &
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Titel & zo"
    assert "Ongegrond <script>: 30 klachten" in root.find(f"{SVG}desc").text
    assert root.find(f"{SVG}desc").get("id") == desc_id


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_renderer_handles_empty_data(kind):
    root = ET.fromstring(RENDERERS[kind]([], "Leeg", "klachten"))
    assert "Geen gegevens" in "".join(root.itertext())


def test_bar_lengths_are_proportional():
    root = ET.fromstring(RENDERERS["bar"]([("a", 10), ("b", 5)], "t"))
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(2 * widths[1])


def test_stacked_shares_add_up_to_the_full_width():
    root = ET.fromstring(RENDERERS["stacked"]([("a", 3), ("b", 1)], "t"))
    bars = [float(r.get("width")) for r in root.iter(f"{SVG}rect") if r.get("height") != "14"]
    assert sum(bars) == pytest.approx(float(root.get("viewBox").split()[2]), abs=0.2)
    assert "a: 3 (75,0%)" in "".join(root.itertext())


def test_registry_rejects_an_unknown_renderer():
    with pytest.raises(ValueError):
        register(Chart("x", "x", "taart", lambda f: []))


def test_chart_names_are_url_safe():
    assert all(name.replace("-", "").isalnum() and name.islower() for name in CHARTS)


@pytest.mark.parametrize("months", [1, 2, 5, 6, 7, 12, 20, 23, 24, 36, 84])
def test_line_labels_never_crowd_or_leave_the_chart(months):
    rows = [(f"{2020 + m // 12}-{m % 12 + 1:02d}", m) for m in range(months)]
    root = ET.fromstring(RENDERERS["line"](rows, "t"))
    width = float(root.get("viewBox").split()[2])
    label_width = 55  # a 7-character label at 13px
    spans = []
    for text in root.iter(f"{SVG}text"):
        if text.text and len(text.text) == 7 and text.text[4] == "-":
            x = float(text.get("x"))
            anchor = text.get("text-anchor")
            left = x if anchor == "start" else x - label_width if anchor == "end" else x - label_width / 2
            spans.append((left, left + label_width))
    spans.sort()
    assert rows[-1][0] in [t.text for t in root.iter(f"{SVG}text")]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert spans[0][0] >= 0 and spans[-1][1] <= width


def test_several_series_have_a_legend_distinct_dashes_and_gaps_for_missing_values():
    rows = [("2024 K1", 10.0, None, 8.0), ("2024 K2", 12.5, 9.0, 8.5), ("2024 K3", None, 9.5, 9.0)]
    root = ET.fromstring(RENDERERS["lines"](rows, "t", "procent", series=("Eigen", "Mediaan", "Landelijk")))
    text = "".join(root.itertext())
    assert all(name in text for name in ("Eigen", "Mediaan", "Landelijk"))
    assert "2024 K2: Eigen 12,5, Mediaan 9, Landelijk 8,5" in root.find(f"{SVG}desc").text
    paths = [p for p in root.iter(f"{SVG}path")]
    assert [p.get("stroke-dasharray") for p in paths] == [None, "6 4", "2 3"]  # not by colour alone
    assert [p.get("d").count("M") + p.get("d").count("L") for p in paths] == [2, 2, 3]  # a missing value is a gap
