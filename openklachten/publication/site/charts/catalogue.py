"""The chart catalogue: every chart on the site, its renderer and where its data comes from.

A chart is named in URLs (/grafieken/<naam>.csv, /embed/<naam>), so names are stable Dutch slugs.
Its rows come from the normalised figures (site.figures.Figures) so one query feeds every chart
on a page, the CSV download and the embed alike.
"""

from collections.abc import Callable
from dataclasses import dataclass

from openklachten.publication.site.charts.bar import render_bar
from openklachten.publication.site.charts.line import render_line
from openklachten.publication.site.charts.lines import render_lines
from openklachten.publication.site.charts.stacked import render_stacked

RENDERERS: dict[str, Callable[..., str]] = {
    "bar": render_bar,
    "line": render_line,
    "lines": render_lines,
    "stacked": render_stacked,
}


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    kind: str  # a key of RENDERERS
    rows: Callable  # Figures -> [(label, value)]
    column: str = "Categorie"  # header of the label column in the table and CSV
    unit: str = "klachten"
    overview: bool = True  # shown on the overview; the comparison chart lives on /vergelijken (and embeds)
    series: tuple[str, ...] = ()  # several value columns (kind "lines"): rows are (label, value, value, ...)


CHARTS: dict[str, Chart] = {}


def register(chart: Chart) -> Chart:
    if chart.kind not in RENDERERS:
        raise ValueError(f"unknown chart kind {chart.kind!r}")
    CHARTS[chart.name] = chart
    return chart


def render(chart: Chart, figures) -> str:
    if chart.series:
        return RENDERERS[chart.kind](chart.rows(figures), chart.title, chart.unit, series=chart.series)
    return RENDERERS[chart.kind](chart.rows(figures), chart.title, chart.unit)


MAX_COMPARED = 25  # bars in the comparison chart: beyond this it is a list, and the table below has them all


def comparison_rows(figures) -> list[tuple[str, float]]:
    """Complaints per 10,000 inhabitants per gemeente in the selection, highest first (rates only from 30 up)."""
    from openklachten.publication import query
    from openklachten.publication.site import measures

    rows = [r for r in measures.rows(query.compare(figures.filters)) if r.per_10000 is not None]
    rows.sort(key=lambda r: -r.per_10000)
    return [(r.naam, round(r.per_10000, 1)) for r in rows[:MAX_COMPARED]]


def _quarters(figures) -> list[dict]:
    from openklachten.publication import query

    return query.quarterly(figures.filters)


def _rounded(value, scale: float = 1) -> float | None:
    return None if value is None else round(value * scale, 1)


def quarter_counts(figures) -> list[tuple[str, int]]:
    return [(q["kwartaal"].replace("-", " "), q["total"]) for q in _quarters(figures)]


def quarter_rates(key: str, scale: float):
    """Rows (quarter, selection, peer median, landelijk) of one rate; rates under 30 complaints stay empty."""

    def rows(figures) -> list[tuple]:
        return [
            (
                q["kwartaal"].replace("-", " "),
                *(_rounded(q[k], scale) for k in (key, f"peer_{key}", f"landelijk_{key}")),
            )
            for q in _quarters(figures)
        ]

    return rows


BENCHMARK_SERIES = ("Deze organisatie", "Mediaan vergelijkbare organisaties", "Landelijk (alle samen)")

for _chart in (
    Chart("trend", "Klachten per maand (ontvangstdatum)", "line", lambda f: f.maanden, column="Maand"),
    Chart("formeel-informeel", "Formeel en informeel", "stacked", lambda f: f.labelled("formeel_informeel")),
    Chart("conclusies", "Conclusies", "bar", lambda f: f.labelled("conclusie"), column="Conclusie"),
    Chart("themas", "Meest voorkomende thema's", "bar", lambda f: f.labelled("themas", top=10), column="Thema"),
    Chart("oorzaken", "Oorzaken", "bar", lambda f: f.labelled("oorzaak", top=10), column="Oorzaak"),
    Chart(
        "afdoeningswijze",
        "Afdoeningswijze",
        "bar",
        lambda f: f.labelled("afdoeningswijze", top=10),
        column="Afdoeningswijze",
    ),
    Chart("kanalen", "Kanalen (ontvangwijze)", "bar", lambda f: f.labelled("ontvangwijze"), column="Kanaal"),
    Chart(
        "vergelijking",
        "Klachten per 10.000 inwoners",
        "bar",
        comparison_rows,
        column="Gemeente",
        unit="klachten per 10.000 inwoners",
        overview=False,
    ),
    Chart(
        "kwartalen", "Klachten per kwartaal (ontvangstdatum)", "line", quarter_counts, column="Kwartaal", overview=False
    ),
    Chart(
        "kwartalen-per-10000",
        "Klachten per 10.000 inwoners per kwartaal",
        "lines",
        quarter_rates("per_10000", 1),
        column="Kwartaal",
        unit="klachten per 10.000 inwoners",
        overview=False,
        series=BENCHMARK_SERIES,
    ),
    Chart(
        "kwartalen-gegrond",
        "Percentage (deels) gegrond per kwartaal (formele klachten)",
        "lines",
        quarter_rates("gegrond", 100),
        column="Kwartaal",
        unit="procent (deels) gegrond",
        overview=False,
        series=BENCHMARK_SERIES,
    ),
):
    register(_chart)
