"""The delivery list with status, and withdrawal of a delivery or one complaint."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from openklachten.registry import withdrawal
from openklachten.registry.forms import WithdrawComplaintForm
from openklachten.registry.models import Delivery, PublicationState
from openklachten.registry.views.access import organisations_for


@login_required
def delivery_list(request):
    deliveries = (
        Delivery.objects.filter(organisation__in=organisations_for(request.user))
        .select_related("organisation")
        .annotate(
            published=Count("complaints", filter=Q(complaints__state=PublicationState.PUBLISHED)),
            in_review=Count("complaints", filter=Q(complaints__state=PublicationState.IN_REVIEW)),
        )[:200]
    )
    return render(
        request, "registry/leveringen.html", {"deliveries": deliveries, "withdraw_form": WithdrawComplaintForm()}
    )


MAX_LISTED = 1000  # a quarter of a large gemeente; the rest is reachable through the public id form


@login_required
def delivery_detail(request, pk):
    try:
        delivery = withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        raise Http404(str(exc))
    complaints = delivery.complaints.only("public_id", "ontvangstdatum", "conclusie", "state").order_by(
        "ontvangstdatum", "id"
    )
    context = {"delivery": delivery, "complaints": complaints[:MAX_LISTED], "total": complaints.count()}
    return render(request, "registry/levering.html", context)


@login_required
@require_POST
def withdraw_delivery(request, pk):
    try:
        delivery = withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        messages.error(request, str(exc))
    else:
        count = withdrawal.withdraw_delivery(delivery)
        messages.success(request, f"Aanlevering {delivery.pk} is ingetrokken ({count} klachten).")
    return redirect("registry:deliveries")


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
            withdrawal.withdraw_complaint(complaint)
            messages.success(request, f"Klacht {complaint.public_id} is ingetrokken.")
            if request.POST.get("terug") == "levering":
                return redirect("registry:delivery", pk=complaint.delivery_id)
    else:
        messages.error(request, "Vul de publieke id van de klacht in.")
    return redirect("registry:deliveries")
