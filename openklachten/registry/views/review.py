"""The review queue: the publisher checks redactions, undoes or adds one, and approves."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from openklachten.registry import quarantine, redaction
from openklachten.registry.forms import AddPhraseForm, AddSpanForm, UndoForm
from openklachten.registry.models import QuarantinedText
from openklachten.registry.views.access import organisations_for
from openklachten.standard import policy


def _queue(user):
    return QuarantinedText.objects.filter(complaint__organisation__in=organisations_for(user)).select_related(
        "complaint", "complaint__organisation"
    )


@login_required
def review_list(request):
    return render(request, "registry/controle.html", {"items": _queue(request.user)[:500]})


@login_required
def review_item(request, pk):
    try:
        item = _queue(request.user).get(pk=pk)
    except QuarantinedText.DoesNotExist:
        raise Http404("Deze tekst staat niet (meer) in de controlelijst.")
    if request.method == "POST":
        response = _apply(request, item)
        if response is not None:
            return response
    context = {
        "item": item,
        "field_label": policy.label(item.field),  # the standard's label, like the delivery template
        "segments": redaction.segments(item.raw_text, item.entities),
        "preview": redaction.render(item.raw_text, item.entities),
        "span_form": AddSpanForm(),
        "phrase_form": AddPhraseForm(),
    }
    return render(request, "registry/controle_tekst.html", context)


def _apply(request, item):
    """Handle one of the four actions; returns a redirect, or None to show the page again."""
    action = request.POST.get("actie")
    if action == "goedkeuren":
        complaint = quarantine.approve(item, item.entities)
        messages.success(request, f"De tekst van klacht {complaint.public_id} is gepubliceerd.")
        return redirect("registry:review")
    if action == "ongedaan":
        form = UndoForm(request.POST)
        if form.is_valid() and form.cleaned_data["index"] < len(item.entities):
            item.entities = redaction.without(item.entities, form.cleaned_data["index"])
            messages.info(request, "De redactie is ongedaan gemaakt.")
    elif action == "toevoegen":
        form = AddSpanForm(request.POST)
        if form.is_valid() and form.cleaned_data["end"] <= len(item.raw_text):
            data = form.cleaned_data
            item.entities = redaction.with_span(item.entities, data["start"], data["end"], data["type"])
            messages.info(request, "De redactie is toegevoegd.")
        else:
            messages.error(request, "Kies een geldig stuk tekst om weg te laten.")
    elif action == "zin":
        form = AddPhraseForm(request.POST)
        if form.is_valid():
            before = len(item.entities)
            data = form.cleaned_data
            item.entities = redaction.with_phrase(item.raw_text, item.entities, data["phrase"], data["type"])
            added = len(item.entities) - before
            messages.info(request, f"{added} keer weggelakt." if added else "Die tekst komt niet voor.")
    item.save(update_fields=["entities"])
    return redirect("registry:review_item", pk=item.pk)
