"""Report pages: thin views that pick the scope and period, build the report and render page or PDF."""

import datetime as dt

from django.http import Http404, HttpResponse
from django.shortcuts import render

from openklachten.publication import query
from openklachten.publication.query.filters import Filters
from openklachten.publication.query.vocabulary import ORGANISATION_TYPES
from openklachten.publication.reports import context as context_module
from openklachten.publication.reports import coordinator, pdf
from openklachten.publication.reports.period import InvalidPeriod, Period
from openklachten.publication.reports.report import Scope, build
from openklachten.publication.site.views.common import bad_request


def _organisation(code: str):
    from openklachten.registry.models import Organisation

    org = Organisation.objects.filter(code=code).first()
    if org is None:
        raise Http404("Deze organisatie bestaat niet.")
    return org


def _years(filters: Filters) -> list[int]:
    return sorted((int(year) for year, n in query.timeseries(filters, interval="jaar") if n), reverse=True)


def _render(request, scope: Scope, period: Period, as_pdf: bool, org=None, links: dict | None = None):
    report = build(scope, period)
    context = context_module.build(report)
    context.update(org=org, links=links or {}, today=dt.date.today(), eigen_tekst=None, vervangen=[])
    if org is not None:
        context["eigen_tekst"] = coordinator.published(org, period)
        context["vervangen"] = coordinator.replaced(org, period)
        if request.GET.get("versie"):
            context["eigen_tekst"] = coordinator.version(org, period, request.GET["versie"])
            if context["eigen_tekst"] is None:
                raise Http404("Deze versie van de toelichting bestaat niet.")
    if as_pdf:
        html = render(request, "reports/pdf.html", context).content.decode()
        response = HttpResponse(pdf.render_pdf(html, request.build_absolute_uri("/")), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{_filename(scope, period)}.pdf"'
        return response
    return render(request, "reports/rapport.html", context)


def _filename(scope: Scope, period: Period) -> str:
    who = scope.code or scope.org_type or "nederland"
    return f"{period.kind}-{who}-{period.slug}"


def _org_report(request, code: str, period_of, raw, as_pdf: bool):
    org = _organisation(code)
    try:
        period = period_of(raw)
    except InvalidPeriod as error:
        return bad_request(request, str(error))
    scope = Scope("organisatie", code=org.code, name=org.name, org_type=org.type)
    base = f"/organisaties/{org.code}"
    links = {
        "pdf": f"{base}/{period.kind}/{period.slug}.pdf",
        "index": f"{base}/jaarverslag",
        "organisatie": base,
        "kwartaal": f"{base}/kwartaalrapportage/",
        "year": f"{base}/jaarverslag/{period.year}",
    }
    return _render(request, scope, period, as_pdf, org=org, links=links)


def jaarverslag(request, code: str, jaar: int):
    return _org_report(request, code, Period.parse_year, jaar, as_pdf=False)


def jaarverslag_pdf(request, code: str, jaar: int):
    return _org_report(request, code, Period.parse_year, jaar, as_pdf=True)


def kwartaal(request, code: str, periode: str):
    return _org_report(request, code, Period.parse_quarter, periode, as_pdf=False)


def kwartaal_pdf(request, code: str, periode: str):
    return _org_report(request, code, Period.parse_quarter, periode, as_pdf=True)


def organisatie_index(request, code: str):
    org = _organisation(code)
    years = _years(Filters(include={"organisatie": [org.code]}))
    return render(
        request,
        "reports/index.html",
        {
            "org": org,
            "years": years,
            "today": dt.date.today(),
            "current_year": dt.date.today().year,
        },
    )


def _scope_for(soort: str | None) -> Scope:
    if not soort:
        return Scope.everything()
    try:
        return Scope.of_type(soort)
    except KeyError:
        raise Http404("Dit soort organisatie kennen we niet.") from None


def _jaarbeeld(request, jaar: int, soort: str | None, as_pdf: bool):
    scope = _scope_for(soort)
    try:
        period = Period.parse_year(jaar)
    except InvalidPeriod as error:
        return bad_request(request, str(error))
    base = f"/jaarbeeld/{period.year}" + (f"/{soort}" if soort else "")
    return _render(request, scope, period, as_pdf, links={"pdf": base + ".pdf", "index": "/jaarbeeld"})


def jaarbeeld(request, jaar: int, soort: str | None = None):
    return _jaarbeeld(request, jaar, soort, as_pdf=False)


def jaarbeeld_pdf(request, jaar: int, soort: str | None = None):
    return _jaarbeeld(request, jaar, soort, as_pdf=True)


def jaarbeeld_index(request):
    years = _years(Filters())
    present = dict(query.overview(Filters())["counts"].get("organisatie_type", []))
    types = [(code, label) for code, label in ORGANISATION_TYPES.items() if present.get(code)]
    return render(
        request, "reports/jaarbeeld_index.html", {"years": years, "types": types, "current_year": dt.date.today().year}
    )
