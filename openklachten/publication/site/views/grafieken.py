"""Chart data as CSV and charts as minimal embeddable pages, for the same filters as the page."""

import csv

from csp.decorators import csp_replace
from django.http import Http404, HttpResponse
from django.shortcuts import render

from openklachten.publication.site import figures as figures_module
from openklachten.publication.site.charts import CHARTS
from openklachten.publication.site.filterpanel import active_filters, query_string
from openklachten.publication.site.views.common import handles_bad_input, organisation_names, parse_filters
from openklachten.publication.site.views.overzicht import chart_blocks


def _chart(name: str):
    chart = CHARTS.get(name)
    if chart is None:
        raise Http404("Deze grafiek bestaat niet.")
    return chart


def csv_response(filename: str, header: list[str], rows, delimiter: str = ",", bom: bool = False) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if bom:  # Excel reads UTF-8 (Zuid-Holland, 's-Gravenhage) correctly only with a byte-order mark
        response.write("\ufeff")
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return response


@handles_bad_input
def grafiek_csv(request, name: str):
    chart = _chart(name)
    figures = figures_module.load(parse_filters(request))
    header = [chart.column, *(chart.series or ["Aantal"])]
    rows = ([("" if v is None else v) for v in row] for row in chart.rows(figures))
    return csv_response(f"{chart.name}.csv", header, rows)


@csp_replace({"frame-ancestors": ["*"]})
@handles_bad_input
def embed(request, name: str):
    chart = _chart(name)
    filters = parse_filters(request)
    if request.GET.get("_format") == "csv":
        return grafiek_csv(request, name)
    figures = figures_module.load(filters)
    block = chart_blocks(figures, names={chart.name})[0]
    chips = active_filters(request.GET, organisation_names())
    response = render(
        request,
        "site/embed.html",
        {
            "block": block,
            "figures": figures,
            "filter_query": query_string(request.GET, drop=("_format",)),
            # Framed on another site the page has no filter panel: the caption says what the chart counts.
            "selection": "; ".join(chip["text"] for chip in chips) or "alle gepubliceerde klachten",
        },
    )
    # Embedding is the point of this page, so it may be framed by any site (the rest of the site may not).
    response.xframe_options_exempt = True
    return response
