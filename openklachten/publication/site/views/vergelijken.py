"""Compare organisations (/vergelijken) and the map of gemeenten (/kaart)."""

from django.shortcuts import render
from django.utils.safestring import mark_safe

from openklachten.publication.site import geo, mapsvg, measures
from openklachten.publication.site.engine import engine
from openklachten.publication.site.views.grafieken import csv_response
from openklachten.publication.site.views.common import BadRequest, filter_context, handles_bad_input, parse_filters

SORTS = {"naam": "naam", "aantal": "total", "per10000": "per_10000", "gegrond": "gegrond", "termijn": "binnen_termijn"}


def _sorted(rows, key: str):
    attribute = SORTS[key]
    if attribute == "naam":
        return sorted(rows, key=lambda r: r.naam.lower())
    # Missing values last, largest first: a reader looks for the extremes.
    return sorted(rows, key=lambda r: (getattr(r, attribute) is None, -(getattr(r, attribute) or 0)))


def _rounded(value):
    return "" if value is None else round(value, 1)


def compare_csv(rows):
    """The comparison table as CSV; rates stay empty under the 30-complaint threshold, as on the page."""
    return csv_response("vergelijking.csv", [
        "Organisatie", "Code", "Soort", "Klachten", "Inwoners", "Per 10.000 inwoners", "(Deels) gegrond %",
        "Binnen termijn %",
    ], ([r.naam, r.code, r.type, r.total, r.inwoners or "", _rounded(r.per_10000), _rounded(r.gegrond),
         _rounded(r.binnen_termijn)] for r in rows))


@handles_bad_input
def vergelijken(request):
    filters = parse_filters(request)
    sort = request.GET.get("_sort", "aantal")
    if sort not in SORTS:
        raise BadRequest("Onbekende sortering voor de vergelijking.")
    rows = _sorted(measures.rows(engine.compare(filters)), sort)
    if request.GET.get("_format") == "csv":
        return compare_csv(rows)
    context = filter_context(request, filters)
    context.update(rows=rows, sort=sort, hidden_controls=[("_sort", sort)], minimum=measures.MIN_COMPLAINTS, form_action="/vergelijken",
                   sort_options={"aantal": "Aantal klachten", "per10000": "Per 10.000 inwoners",
                                 "gegrond": "Percentage gegrond", "termijn": "Binnen de termijn", "naam": "Naam"})
    return render(request, "site/vergelijken.html", context)


@handles_bad_input
def kaart(request):
    filters = parse_filters(request)
    key = request.GET.get("_maatstaf", measures.DEFAULT_MEASURE)
    measure = measures.MEASURES.get(key)
    if measure is None:
        raise BadRequest("Onbekende maatstaf voor de kaart.")
    rows = [r for r in measures.rows(engine.compare(filters)) if r.cbs_code]
    values = {r.cbs_code: measure.value(r) for r in rows}
    bounds = mapsvg.classes([v for v in values.values() if v is not None])
    geography = geo.geography()
    context = filter_context(request, filters)
    context.update(
        measure=measure, measures=measures.MEASURES.values(), form_action="/kaart",
        hidden_controls=[("_maatstaf", measure.key)],
        rows=sorted(rows, key=lambda r: r.naam.lower()),
        values=[(r, measure.format(measure.value(r))) for r in sorted(rows, key=lambda r: r.naam.lower())],
        legend=mapsvg.legend(bounds, measure),
        map_svg=mark_safe(mapsvg.render(geography, geo.on_map(values, geography), measure, bounds)) if geography else None,
    )
    return render(request, "site/kaart.html", context)
