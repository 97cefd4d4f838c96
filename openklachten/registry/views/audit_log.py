"""/aanleveren/logboek/: the audit log of the user's own organisations, newest first, paged and filterable."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from openklachten.registry.models import AuditAction, AuditEntry
from openklachten.registry.views.access import organisations_for
from openklachten.registry.views.params import date_param

PAGE_SIZE = 50  # a busy week of one organisation


@login_required
def audit_log(request):
    organisations = organisations_for(request.user)
    entries = AuditEntry.objects.filter(organisation__in=organisations).select_related("organisation")
    chosen, action = request.GET.get("organisatie", ""), request.GET.get("actie", "")
    if chosen:
        entries = entries.filter(organisation__code=chosen)
    if action in AuditAction.values:
        entries = entries.filter(action=action)
    van, tot = date_param(request, "van"), date_param(request, "tot")
    if van:
        entries = entries.filter(created_at__date__gte=van)
    if tot:
        entries = entries.filter(created_at__date__lte=tot)
    page = Paginator(entries.order_by("-created_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("pagina"))
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "registry/logboek.html",
        {
            "page": page,
            "entries": page.object_list,
            "organisations": organisations.order_by("name"),
            "actions": AuditAction.choices,
            "chosen": chosen,
            "action": action,
            "van": request.GET.get("van", ""),
            "tot": request.GET.get("tot", ""),
            "filter_query": params.urlencode(),
        },
    )
