"""/aanleveren/jaarverslag/: the coordinator writes the introduction, conclusion and points of attention."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from openklachten.registry import report_texts
from openklachten.registry.views.access import organisations_for

LABELS = (
    ("introductie", "Inleiding"),
    ("conclusie", "Conclusie"),
    ("aandachtspunten", "Aandachtspunten voor volgend jaar"),
)
FIRST_YEAR = 2019  # the oldest year a coordinator would still write a report for on this platform


def _organisation(user, code: str):
    org = organisations_for(user).filter(code=code).first()
    if org is None:
        raise Http404("U kunt niet voor deze organisatie publiceren.")
    return org


@login_required
def overview(request):
    organisations = list(organisations_for(request.user)[:200])
    years = list(range(dt.date.today().year, FIRST_YEAR - 1, -1))
    if request.GET.get("organisatie") and request.GET.get("periode"):
        code, period = request.GET["organisatie"], request.GET["periode"]
        if report_texts.valid_period(period):
            return redirect("registry:report_text", code=_organisation(request.user, code).code, period=period)
        messages.error(request, "Kies een jaar (2024) of een kwartaal (2024-K3).")
    texts = report_texts.ReportText.objects.filter(organisation__in=organisations).select_related("organisation")
    return render(
        request,
        "registry/jaarverslag_teksten.html",
        {"organisations": organisations, "years": years, "texts": texts.order_by("-updated_at")[:100]},
    )


@login_required
def edit(request, code: str, period: str):
    org = _organisation(request.user, code)
    if not report_texts.valid_period(period):
        raise Http404("Onbekende periode.")
    current = report_texts.concept(org, period) or report_texts.published(org, period)
    values = {f: getattr(current, f, "") for f in report_texts.FIELDS}
    errors: dict[str, str] = {}
    if request.method == "POST":
        values = {f: request.POST.get(f, "") for f in report_texts.FIELDS}
        try:
            report_texts.save_concept(org, period, values, author=request.user)
            if "publiceren" in request.POST:
                report_texts.publish(org, period)
                messages.success(request, "De toelichting is gepubliceerd en staat nu in het verslag.")
            else:
                messages.success(request, "De concepttekst is opgeslagen. Hij is nog niet openbaar.")
            return redirect("registry:report_text", code=org.code, period=period)
        except report_texts.InvalidText as invalid:
            errors = invalid.errors
    kind = "kwartaalrapportage" if "-K" in period else "jaarverslag"
    return render(
        request,
        "registry/jaarverslag_tekst.html",
        {
            "org": org,
            "period": period,
            "general_error": errors.get("__all__"),
            "concept": report_texts.concept(org, period),
            "published": report_texts.published(org, period),
            "replaced": report_texts.replaced(org, period),
            "public_url": f"/organisaties/{org.code}/{kind}/{period}",
            "fields": [
                {"name": name, "label": label, "value": values.get(name, ""), "error": errors.get(name)}
                for name, label in LABELS
            ],
        },
        status=400 if errors else 200,
    )
