"""/aanleveren/leveringen/<pk>/steekproef/: review a random sample of a delivery, then approve the rest at once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from openklachten.registry import sampling, withdrawal
from openklachten.registry.views.access import organisations_for
from openklachten.standard import policy


def _delivery(request, pk):
    try:
        return withdrawal.find_delivery(pk, organisations_for(request.user))
    except withdrawal.NotFound as exc:
        raise Http404(str(exc)) from None


@login_required
def sample(request, pk):
    """GET shows the sample and its progress; POST draws it (actie=trekken) or approves the rest (actie=rest)."""
    delivery = _delivery(request, pk)
    if request.method == "POST":
        action = request.POST.get("actie")
        try:
            if action == "trekken":
                sampling.draw(delivery, user=request.user)
                messages.success(request, f"De steekproef van {sampling.SAMPLE_SIZE} teksten is getrokken.")
            elif action == "rest" and request.POST.get("bevestigd") == "ja":
                count = sampling.approve_rest(delivery)
                messages.success(
                    request, f"De overige {count} teksten van levering {delivery.pk} zijn goedgekeurd en gepubliceerd."
                )
            elif action == "rest":
                messages.error(request, "Vink aan dat u de overige teksten zonder controle wilt goedkeuren.")
        except sampling.SampleRefused as exc:
            messages.error(request, str(exc))
        return redirect("registry:delivery_sample", pk=delivery.pk)
    current = sampling.current(delivery)
    waiting = list(sampling.waiting(current)) if current else []
    for item in waiting:
        item.field_label = policy.label(item.field)
    held = sampling.held(delivery).count()
    context = {
        "delivery": delivery,
        "sample": current,
        "waiting": waiting,
        "held": held,
        "rest": held - len(waiting),
        "sample_size": sampling.SAMPLE_SIZE,
    }
    return render(request, "registry/steekproef.html", context)
