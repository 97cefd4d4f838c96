"""Organisation pages: the list, and per organisation its figures, deliveries and freshness."""

import datetime as dt

from django.conf import settings
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils import timezone

from openklachten.publication import query
from openklachten.publication.site import benchmark, geo, measures
from openklachten.publication.site import figures as figures_module
from openklachten.publication.site.filterpanel import ORGANISATION_TYPES
from openklachten.publication.site.views.overzicht import chart_blocks, percentage

ORGANISATION_CHARTS = {"trend", "conclusies", "themas", "oorzaken"}
# Trends against similar organisations and landelijk; per 10,000 inhabitants only where the population is known.
TREND_CHARTS = ("kwartalen", "kwartalen-per-10000", "kwartalen-gegrond")


def organisaties(request):
    from openklachten.registry.models import Organisation

    counts = {r.code: r for r in measures.rows(query.compare(query.Filters.from_params(QueryDict())))}
    groups: dict[str, list] = {}
    for org in Organisation.objects.order_by("name"):
        groups.setdefault(ORGANISATION_TYPES.get(org.type, org.type), []).append(
            {"code": org.code, "name": org.name, "total": counts[org.code].total if org.code in counts else 0}
        )
    return render(request, "site/organisaties.html", {"groups": sorted(groups.items())})


def freshness(last_delivery: dt.datetime | None) -> dict:
    """How old the newest delivery is, and whether that counts as stale (settings.STALE_AFTER_DAYS)."""
    if last_delivery is None:
        return {"last": None, "days": None, "stale": True}
    days = (timezone.now() - last_delivery).days
    return {"last": last_delivery, "days": days, "stale": days > settings.STALE_AFTER_DAYS}


def organisatie(request, code: str):
    from openklachten.registry.models import DeliveryStatus, Organisation, PublicationState

    org = Organisation.objects.filter(code=code).first()
    if org is None:
        raise Http404("Deze organisatie bestaat niet.")
    params = QueryDict(mutable=True)
    params["organisatie"] = org.code
    filters = query.Filters.from_params(params)
    figures = figures_module.load(filters)
    deliveries = list(org.deliveries.exclude(status=DeliveryStatus.WITHDRAWN).order_by("-created_at")[:50])
    # Fresh as of the newest delivery with anything public: one whose texts partly wait for review still
    # published its other complaints (the page said "nog geen gepubliceerde aanlevering" next to 1,792 of them).
    newest = (
        org.deliveries.filter(complaints__state=PublicationState.PUBLISHED)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    inwoners = geo.population(org.cbs_code) if org.cbs_code else None
    enough = figures.total >= measures.MIN_COMPLAINTS
    bench = query.benchmarks(filters)
    own_row = next((r for r in query.compare(filters) if r["organisatie"] == org.code), None)
    trends = [n for n in TREND_CHARTS if inwoners or n != "kwartalen-per-10000"]
    return render(
        request,
        "site/organisatie.html",
        {
            "org": org,
            "type_label": ORGANISATION_TYPES.get(org.type, org.type),
            "figures": figures,
            "enough": enough,
            "minimum": measures.MIN_COMPLAINTS,
            "inwoners": inwoners,
            "per_10000": round(measures.PER_INHABITANTS * figures.total / inwoners, 1) if inwoners and enough else None,
            "binnen_termijn": percentage(figures.binnen_termijn) if enough else None,
            "gegrond": percentage(figures.gegrond) if enough else None,
            "deliveries": deliveries,
            "freshness": freshness(newest),
            "stale_after": settings.STALE_AFTER_DAYS,
            "charts": chart_blocks(figures, names=ORGANISATION_CHARTS),
            "trend_charts": sorted(
                chart_blocks(figures, names=set(trends)), key=lambda b: trends.index(b["chart"].name)
            ),
            "min_peers": benchmark.MIN_PEERS,
            "benchmark": benchmark.organisation_table(bench, own_row, is_gemeente=bool(inwoners)),
            "filter_query": params.urlencode(),
        },
    )
