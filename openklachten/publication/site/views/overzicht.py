"""Home: the overview for any filter, with every chart, its table and its downloads."""

from django.shortcuts import render
from django.utils.safestring import mark_safe

from openklachten.publication.site import figures as figures_module
from openklachten.publication.site.charts import CHARTS
from openklachten.publication.site.charts import render as render_chart
from openklachten.publication.site.views.common import filter_context, handles_bad_input, parse_filters


def chart_blocks(figures, names=None) -> list[dict]:
    from django.conf import settings

    base = settings.PUBLIC_BASE_URL.rstrip("/")  # the embed code names the public address, not this request's host
    blocks = []
    for chart in CHARTS.values():
        if (names is None and chart.overview) or (names is not None and chart.name in names):
            blocks.append(
                {
                    "chart": chart,
                    "svg": mark_safe(render_chart(chart, figures)),  # renderers escape every value they print
                    "rows": chart.rows(figures),
                    "embed_base": base,
                }
            )
    return blocks


def percentage(share) -> float | None:
    return None if share is None else round(100 * share, 1)


@handles_bad_input
def overzicht(request):
    filters = parse_filters(request)
    figures = figures_module.load(filters)
    context = filter_context(request, filters, counts=figures.counts)
    context.update(
        figures=figures,
        formeel=figures.count("formeel_informeel", "formeel"),
        informeel=figures.count("formeel_informeel", "informeel"),
        binnen_termijn=percentage(figures.binnen_termijn),
        gegrond=percentage(figures.gegrond),
        charts=chart_blocks(figures),
    )
    return render(request, "site/overzicht.html", context)
