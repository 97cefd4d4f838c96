"""Upload a delivery: the file is stored and imported by a background job; the answer is a progress page."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from openklachten.registry import submissions
from openklachten.registry.forms import UploadForm
from openklachten.registry.views.access import organisations_for


@login_required
def upload(request):
    organisations = organisations_for(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    if not organisations.exists():
        return render(request, "registry/geen_organisatie.html", status=403)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        submission, _ = submissions.submit(
            form.cleaned_data["organisation"], upload, filename=upload.name, channel="web", user=request.user,
            metadata=form.metadata(),
        )
        return redirect("registry:submission", pk=submission.pk)
    return render(request, "registry/aanleveren.html", {"form": form})
