"""Compare organisations (/vergelijken) and the map of gemeenten (/kaart)."""

from django.shortcuts import render
from django.utils.safestring import mark_safe

from openklachten.publication import query
from openklachten.publication.site import benchmark, geo, mapsvg, measures
from openklachten.publication.site import figures as figures_module
from openklachten.publication.site.views.common import BadRequest, filter_context, handles_bad_input, parse_filters
from openklachten.publication.site.views.grafieken import csv_response
from openklachten.publication.site.views.overzicht import chart_blocks

# Sort key (URL) -> Row attribute; every column of the table can be sorted on.
SORTS = {
    "naam": "naam",
    "aantal": "total",
    "per10000": "per_10000",
    "gegrond": "gegrond",
    "termijn": "binnen_termijn",
    "duur": "mediaan_behandelduur",
    "duur_informeel": "mediaan_behandelduur_informeel",
}
SORT_TITLES = {
    "aantal": "Aantal klachten",
    "per10000": "Per 10.000 inwoners",
    "gegrond": "Percentage gegrond",
    "termijn": "Binnen de termijn",
    "duur": "Behandelduur formeel",
    "duur_informeel": "Behandelduur informeel",
    "naam": "Naam",
}
CSV_FORMATS = {"csv": ",", "csv-excel": ";"}  # Excel with Dutch settings expects ';' and a decimal comma


def _sorted(rows, key: str):
    attribute = SORTS[key]
    if attribute == "naam":
        return sorted(rows, key=lambda r: r.naam.lower())
    # Missing values last, largest first: a reader looks for the extremes.
    return sorted(rows, key=lambda r: (getattr(r, attribute) is None, -(getattr(r, attribute) or 0)))


CSV_HEADER = [
    "Organisatie",
    "Code",
    "Soort",
    "Klachten",
    "Formeel",
    "Informeel",
    "Inwoners",
    "Per 10.000 inwoners",
    "(Deels) gegrond % (formeel)",
    "(Deels) gegrond aantal",
    "Beoordeeld aantal (formeel)",
    "Binnen termijn % (formeel, Awb 9:11)",
    "Binnen termijn aantal",
    "Afgehandeld aantal (formeel)",
    "Mediane behandelduur formeel (dagen)",
    "Mediane behandelduur informeel (dagen)",
]


def compare_csv(rows, excel: bool = False):
    """The comparison table as CSV; rates stay empty under the 30-complaint threshold, as on the page.

    `excel`: ';' separated with decimal commas, so Excel with Dutch settings opens it in columns.
    """

    def rounded(value):
        if value is None:
            return ""
        value = round(value, 1)
        return str(value).replace(".", ",") if excel else value

    return csv_response(
        "vergelijking-excel.csv" if excel else "vergelijking.csv",
        CSV_HEADER,
        (
            [
                r.naam,
                r.code,
                r.type,
                r.total,
                r.formeel,
                r.informeel,
                r.inwoners or "",
                rounded(r.per_10000),
                rounded(r.gegrond),
                r.aantal_gegrond,
                r.aantal_beoordeeld,
                rounded(r.binnen_termijn),
                r.aantal_binnen_termijn,
                r.aantal_afgehandeld_formeel,
                rounded(r.mediaan_behandelduur),
                rounded(r.mediaan_behandelduur_informeel),
            ]
            for r in rows
        ),
        delimiter=";" if excel else ",",
        bom=excel,
    )


# The table's columns, in order: (sort key, header, what the figure covers).
COLUMNS = [
    ("naam", "Organisatie", ""),
    ("aantal", "Klachten", ""),
    ("per10000", "Per 10.000 inwoners", ""),
    ("gegrond", "(Deels) gegrond", "formeel, aantal van beoordeeld"),
    ("termijn", "Binnen termijn", "formeel, Awb 9:11"),
    ("duur", "Mediane behandelduur", "formeel"),
    ("duur_informeel", "Mediane behandelduur", "informeel"),
]


def columns(request, current: str) -> list[dict]:
    """Per column: the URL that sorts on it and its aria-sort state (a table sorts by clicking its header)."""
    params = request.GET.copy()
    params.pop("_format", None)
    out = []
    for key, title, scope in COLUMNS:
        params["_sort"] = key
        out.append(
            {
                "key": key,
                "title": title,
                "scope": scope,
                "url": "/vergelijken?" + params.urlencode(),
                "aria": ("ascending" if key == "naam" else "descending") if key == current else None,
            }
        )
    return out


@handles_bad_input
def vergelijken(request):
    filters = parse_filters(request)
    sort = request.GET.get("_sort", "aantal")
    if sort not in SORTS:
        raise BadRequest("Onbekende sortering voor de vergelijking.")
    rows = _sorted(measures.rows(query.compare(filters)), sort)
    output = request.GET.get("_format")
    if output in CSV_FORMATS:
        return compare_csv(rows, excel=output == "csv-excel")
    if output is not None:
        raise BadRequest("Onbekend formaat. Kies csv of csv-excel.")
    context = filter_context(request, filters)
    figures = figures_module.load(filters)
    context.update(
        chart=chart_blocks(figures, names={"vergelijking"})[0],
        rows=rows,
        sort=sort,
        hidden_controls=[("_sort", sort)],
        minimum=measures.MIN_COMPLAINTS,
        form_action="/vergelijken",
        sort_options=SORT_TITLES,
        sort_title=SORT_TITLES[sort],
        columns=columns(request, sort),
        references=benchmark.reference_rows(query.benchmarks(filters), [r.code for r in rows]),
        period=benchmark.period_label(query.benchmarks(filters)["periode"]),
    )
    return render(request, "site/vergelijken.html", context)


@handles_bad_input
def kaart(request):
    filters = parse_filters(request)
    key = request.GET.get("_maatstaf", measures.DEFAULT_MEASURE)
    measure = measures.MEASURES.get(key)
    if measure is None:
        raise BadRequest("Onbekende maatstaf voor de kaart.")
    rows = [r for r in measures.rows(query.compare(filters)) if r.cbs_code]
    values = {r.cbs_code: measure.value(r) for r in rows}
    bounds = mapsvg.classes([v for v in values.values() if v is not None])
    geography = geo.geography()
    context = filter_context(request, filters)
    context.update(
        measure=measure,
        measures=measures.MEASURES.values(),
        form_action="/kaart",
        hidden_controls=[("_maatstaf", measure.key)],
        rows=sorted(rows, key=lambda r: r.naam.lower()),
        values=[(r, measure.format(measure.value(r))) for r in sorted(rows, key=lambda r: r.naam.lower())],
        legend=mapsvg.legend(bounds, measure),
        map_svg=mark_safe(mapsvg.render(geography, geo.on_map(values, geography), measure, bounds))
        if geography
        else None,
    )
    return render(request, "site/kaart.html", context)
