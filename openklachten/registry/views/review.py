"""The review queue: the publisher checks redactions, undoes or adds one, and approves."""

import datetime as dt
import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from openklachten.registry import quarantine, redaction
from openklachten.registry.forms import REDACTION_TYPES, AddPhraseForm, AddSpanForm, RetypeForm, UndoForm
from openklachten.registry.models import AuditAction, QuarantinedText
from openklachten.registry.views.access import organisations_for
from openklachten.standard import policy

MAX_LISTED = 500  # rows on the list page; the count above it is the true total and says when more wait


def _queue(user):
    return (
        QuarantinedText.objects.filter(complaint__organisation__in=organisations_for(user))
        .select_related("complaint", "complaint__organisation")
        .order_by("created_at", "pk")
    )


def _days_left(item) -> int:
    """Whole days before the raw text is purged (quarantine.purge_expired, settings.QUARANTINE_DAYS)."""
    from django.conf import settings
    from django.utils import timezone

    expires = item.created_at + dt.timedelta(days=settings.QUARANTINE_DAYS)
    return max(0, math.ceil((expires - timezone.now()).total_seconds() / 86400))  # a started day still counts


@login_required
def review_list(request):
    queue = _queue(request.user)
    items = list(queue[:MAX_LISTED])
    for item in items:
        item.days_left = _days_left(item)
        item.field_label = policy.label(item.field)
    return render(
        request,
        "registry/controle.html",
        {
            "items": items,
            "total": queue.count(),
            "max_listed": MAX_LISTED,
        },
    )


@login_required
def review_item(request, pk):
    try:
        item = _queue(request.user).get(pk=pk)
    except QuarantinedText.DoesNotExist:
        raise Http404("Deze tekst staat niet (meer) in de controlelijst.") from None
    if request.method == "POST":
        response = _apply(request, item)
        if response is not None:
            return response
    context = {
        "item": item,
        "field_label": policy.label(item.field),  # the standard's label, like the delivery template
        "segments": redaction.segments(item.raw_text, item.entities),
        "preview": redaction.render(item.raw_text, item.entities),
        # Two forms on one page: their own id prefixes, so no two fields share an id (both have a "type").
        "span_form": AddSpanForm(auto_id="selectie_%s"),
        "phrase_form": AddPhraseForm(auto_id="zin_%s"),
        "redaction_types": REDACTION_TYPES,
        "days_left": _days_left(item),
        "position": _queue(request.user).filter(created_at__lt=item.created_at).count() + 1,
        "total": _queue(request.user).count(),
    }
    return render(request, "registry/controle_tekst.html", context)


def _apply(request, item):
    """Handle one action (approve, undo, retype, add a span or a phrase).

    Returns a redirect, or None to show the page again.
    """
    action = request.POST.get("actie")
    if action == "goedkeuren":
        field = policy.label(item.field)
        complaint = quarantine.approve(item, item.entities)
        waiting = [policy.label(f) for f in complaint.quarantined_texts.values_list("field", flat=True)]
        if waiting:  # the complaint is published only when every held text is approved: say what still waits
            messages.success(
                request,
                f"{field} van klacht {complaint.public_id} is goedgekeurd. De klacht wordt "
                f"gepubliceerd zodra ook {', '.join(waiting)} is gecontroleerd.",
            )
        else:
            messages.success(
                request, f"{field} van klacht {complaint.public_id} is goedgekeurd; de klacht is gepubliceerd."
            )
        if item.sample_id:  # part of a delivery's sample: on to the next sampled text, then back to the sample
            following = _queue(request.user).filter(sample_id=item.sample_id).first()
            if following is None:
                return redirect("registry:delivery_sample", pk=complaint.delivery_id)
        else:
            following = _queue(request.user).first()
        if following is not None:  # straight on to the next text ("volgende")
            return redirect("registry:review_item", pk=following.pk)
        return redirect("registry:review")
    entities, details, audit_action = None, {}, None
    if action == "ongedaan":
        form = UndoForm(request.POST)
        if form.is_valid() and form.cleaned_data["index"] < len(item.entities):
            removed = item.entities[form.cleaned_data["index"]]
            entities = redaction.without(item.entities, form.cleaned_data["index"])
            audit_action, details = AuditAction.REDACTION_REMOVED, {"soort": str(removed["type"]).upper()}
            messages.info(request, "De redactie is ongedaan gemaakt.")
    elif action == "soort":
        form = RetypeForm(request.POST)
        if form.is_valid() and form.cleaned_data["index"] < len(item.entities):
            index, kind = form.cleaned_data["index"], form.cleaned_data["type"]
            old = str(item.entities[index]["type"]).upper()
            entities, changed = redaction.retyped(item.raw_text, item.entities, index, kind)
            if changed:
                audit_action = AuditAction.REDACTION_RETYPED
                details = {"oude_soort": old, "soort": kind, "aantal": changed}
                messages.info(request, f"De soort is gewijzigd van {old} in {kind} ({changed} keer).")
            else:
                entities = None
                messages.info(request, "Die redactie had die soort al.")
        else:
            messages.error(request, "Kies een geldige soort gegeven.")
    elif action == "toevoegen":
        form = AddSpanForm(request.POST)
        if form.is_valid() and form.cleaned_data["end"] <= len(item.raw_text):
            data = form.cleaned_data
            entities = redaction.with_span(item.entities, data["start"], data["end"], data["type"])
            audit_action, details = AuditAction.REDACTION_ADDED, {"soort": data["type"], "aantal": 1}
            messages.info(request, "De redactie is toegevoegd.")
        else:
            messages.error(request, "Kies een geldig stuk tekst om weg te laten.")
    elif action == "zin":
        form = AddPhraseForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            entities = redaction.with_phrase(item.raw_text, item.entities, data["phrase"], data["type"])
            added = len(entities) - len(item.entities)
            audit_action, details = AuditAction.REDACTION_ADDED, {"soort": data["type"], "aantal": added}
            if not added:
                entities = None
            messages.info(request, f"{added} keer weggelakt." if added else "Die tekst komt niet voor.")
    if entities is not None:
        quarantine.save_redactions(item, entities, audit_action, **details)
    return redirect("registry:review_item", pk=item.pk)
