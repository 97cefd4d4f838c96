"""Upload a delivery: the file is stored and imported by a background job; the answer is a progress page."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from openklachten.registry import submissions
from openklachten.registry.checking import check_delivery
from openklachten.registry.forms import UploadForm
from openklachten.registry.importer import ImportRefused
from openklachten.registry.views.access import organisations_for

MAX_SHOWN_ERRORS = 500  # a whole misaligned file gives thousands of rows; the first ones show the pattern


@login_required
def upload(request):
    organisations = organisations_for(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    if not organisations.exists():
        return render(request, "registry/geen_organisatie.html", status=403)
    if request.method == "POST" and form.is_valid() and "alleen_controleren" in request.POST:
        return _check_only(request, form)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        submission, _ = submissions.submit(
            form.cleaned_data["organisation"],
            upload,
            filename=upload.name,
            channel="web",
            user=request.user,
            metadata=form.metadata(),
        )
        return redirect("registry:submission", pk=submission.pk)
    return render(request, "registry/aanleveren.html", {"form": form})


def _check_only(request, form):
    """Validate without storing: the same report as an import, or 'in orde' with what would be published."""
    upload = form.cleaned_data["bestand"]
    try:
        result = check_delivery(upload, form.cleaned_data["organisation"], filename=upload.name)
    except ImportRefused as exc:
        form.add_error("bestand", str(exc))
        return render(request, "registry/aanleveren.html", {"form": form})
    if not result.ok:
        context = {
            "form": form,
            "check_errors": result.errors[:MAX_SHOWN_ERRORS],
            "checked_rows": result.rows,
            "hidden": max(0, len(result.errors) - MAX_SHOWN_ERRORS),
            "filename": upload.name,
        }
        return render(request, "registry/aanleveren.html", context, status=422)
    return render(request, "registry/aanleveren.html", {"form": form, "checked": result, "filename": upload.name})
