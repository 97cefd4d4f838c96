"""The delivery list with status, and withdrawal of a delivery or one complaint."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from openklachten.registry import sampling, withdrawal
from openklachten.registry.forms import WithdrawComplaintForm
from openklachten.registry.models import Delivery, DeliveryStatus, PublicationState, WithdrawalReason
from openklachten.registry.views.access import organisations_for
from openklachten.registry.views.params import date_param

PAGE_SIZE = 50  # deliveries per page: a year of quarterly files for a dozen organisations


@login_required
def delivery_list(request):
    """Newest upload first, paged, filterable by organisation and by the period the deliveries cover."""
    organisations = organisations_for(request.user)
    deliveries = Delivery.objects.filter(organisation__in=organisations)
    chosen = request.GET.get("organisatie", "")
    if chosen:
        deliveries = deliveries.filter(organisation__code=chosen)
    van, tot = date_param(request, "van"), date_param(request, "tot")
    if van:
        deliveries = deliveries.filter(Q(period_end__gte=van) | Q(period_end__isnull=True, created_at__date__gte=van))
    if tot:
        deliveries = deliveries.filter(
            Q(period_start__lte=tot) | Q(period_start__isnull=True, created_at__date__lte=tot)
        )
    deliveries = (
        deliveries.select_related("organisation")
        .annotate(
            published=Count("complaints", filter=Q(complaints__state=PublicationState.PUBLISHED)),
            in_review=Count("complaints", filter=Q(complaints__state=PublicationState.IN_REVIEW)),
        )
        .order_by("-created_at", "-pk")
    )
    page = Paginator(deliveries, PAGE_SIZE).get_page(request.GET.get("pagina"))
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "registry/leveringen.html",
        {
            "deliveries": page.object_list,
            "page": page,
            "withdraw_form": WithdrawComplaintForm(),
            "organisations": organisations.order_by("name"),
            "chosen": chosen,
            "van": request.GET.get("van", ""),
            "tot": request.GET.get("tot", ""),
            "filter_query": params.urlencode(),
        },
    )


MAX_LISTED = 1000  # a quarter of a large gemeente; the rest is reachable through the public id form


@login_required
def delivery_detail(request, pk):
    try:
        delivery = withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        raise Http404(str(exc)) from None
    complaints = delivery.complaints.only("public_id", "ontvangstdatum", "conclusie", "state").order_by(
        "ontvangstdatum", "id"
    )
    context = {
        "delivery": delivery,
        "complaints": complaints[:MAX_LISTED],
        "total": complaints.count(),
        "held": sampling.held(delivery).count(),
        "sample": sampling.current(delivery),
        "sample_size": sampling.SAMPLE_SIZE,
    }
    return render(request, "registry/levering.html", context)


@login_required
def withdraw_delivery(request, pk):
    """GET asks for confirmation (what disappears, how to undo it); POST withdraws."""
    try:
        delivery = withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        messages.error(request, str(exc))
        return redirect("registry:deliveries")
    if delivery.status == DeliveryStatus.WITHDRAWN:
        messages.info(request, f"Aanlevering {delivery.pk} is al ingetrokken.")
        return redirect("registry:delivery", pk=delivery.pk)
    if request.method != "POST":
        published = delivery.complaints.filter(state=PublicationState.PUBLISHED).count()
        return render(request, "registry/intrekken_bevestigen.html", {"delivery": delivery, "published": published})
    try:
        count = withdrawal.withdraw_delivery(delivery)
    except withdrawal.WithdrawalFailed as exc:  # e.g. disk full: rolled back, said in Dutch instead of a 500
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Aanlevering {delivery.pk} is ingetrokken ({count} klachten).")
    return redirect("registry:deliveries")


@login_required
def undo_withdraw_delivery(request, pk):
    """GET asks for confirmation (what comes back, what stays withdrawn); POST publishes the delivery again."""
    try:
        delivery = withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        messages.error(request, str(exc))
        return redirect("registry:deliveries")
    if delivery.status != DeliveryStatus.WITHDRAWN:
        messages.error(request, f"Aanlevering {delivery.pk} is niet ingetrokken.")
        return redirect("registry:delivery", pk=delivery.pk)
    if request.method != "POST":
        complaints = delivery.complaints.filter(state=PublicationState.WITHDRAWN)
        context = {
            "delivery": delivery,
            "returning": complaints.filter(withdrawal_reason=WithdrawalReason.WITH_DELIVERY).count(),
            "staying": complaints.filter(withdrawal_reason=WithdrawalReason.ON_ITS_OWN).count(),
        }
        return render(request, "registry/terugzetten_bevestigen.html", context)
    try:
        count = withdrawal.undo_withdraw_delivery(delivery)
    except (withdrawal.NotFound, withdrawal.WithdrawalFailed) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Aanlevering {delivery.pk} is weer gepubliceerd ({count} klachten).")
    return redirect("registry:delivery", pk=delivery.pk)


@login_required
@require_POST
def withdraw_complaint(request):
    form = WithdrawComplaintForm(request.POST)
    if form.is_valid():
        try:
            complaint = withdrawal.find_complaint(form.cleaned_data["public_id"], organisations_for(request.user))
        except withdrawal.NotFound as exc:
            messages.error(request, str(exc))
        else:
            try:
                withdrawal.withdraw_complaint(complaint)
            except withdrawal.WithdrawalFailed as exc:
                messages.error(request, str(exc))
                return redirect("registry:deliveries")
            messages.success(request, f"Klacht {complaint.public_id} is ingetrokken.")
            request.session["laatst_ingetrokken"] = complaint.public_id  # offered for undo on the next page
            if request.POST.get("terug") == "levering":
                return redirect("registry:delivery", pk=complaint.delivery_id)
    else:
        messages.error(request, "Vul de publieke id van de klacht in.")
    return redirect("registry:deliveries")


@login_required
@require_POST
def undo_withdraw_complaint(request):
    """Publish a complaint withdrawn on its own again (the UI's undo; `openklachten withdraw --undo` on the CLI)."""
    public_id = request.POST.get("public_id", "")
    try:
        complaint = withdrawal.find_complaint(public_id, organisations_for(request.user))
        withdrawal.undo_withdraw_complaint(complaint)
    except (withdrawal.NotFound, withdrawal.WithdrawalFailed) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Klacht {complaint.public_id} is weer gepubliceerd.")
    request.session.pop("laatst_ingetrokken", None)
    return redirect("registry:deliveries")
