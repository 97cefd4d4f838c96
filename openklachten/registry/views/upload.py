"""Upload a delivery: the same import_delivery as the command line."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from openklachten.registry.forms import UploadForm
from openklachten.registry.importer import DATABASE_ERRORS, ImportRefused, database_refusal, import_delivery
from openklachten.registry.views.access import organisations_for

MAX_SHOWN_ERRORS = 500  # a whole misaligned file gives thousands of rows; the first ones show the pattern
logger = logging.getLogger(__name__)


@login_required
def upload(request):
    organisations = organisations_for(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    if not organisations.exists():
        return render(request, "registry/geen_organisatie.html", status=403)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        try:
            result = import_delivery(
                upload,
                form.cleaned_data["organisation"],
                user=request.user,
                filename=upload.name,
                metadata=form.metadata(),
            )
        except ImportRefused as exc:
            form.add_error("bestand", str(exc))
        except DATABASE_ERRORS as exc:  # a Dutch message and a 409 instead of a 500; nothing was stored
            logger.warning("Aanlevering door de database geweigerd: %s", type(exc).__name__)
            form.add_error("bestand", database_refusal(exc))
            return render(request, "registry/aanleveren.html", {"form": form}, status=409)
        else:
            if not result.ok:
                context = {
                    "result": result,
                    "errors": result.errors[:MAX_SHOWN_ERRORS],
                    "hidden": max(0, len(result.errors) - MAX_SHOWN_ERRORS),
                    "filename": upload.name,
                }
                return render(request, "registry/validatierapport.html", context, status=422)
            messages.success(
                request,
                f"Levering opgeslagen: {result.created} nieuwe en {result.updated} bijgewerkte klachten"
                + (f"; {result.in_review} wachten op uw controle" if result.in_review else "")
                + (f"; {result.skipped_withdrawn} overgeslagen (eerder ingetrokken)" if result.skipped_withdrawn else "")
                + ".",
            )
            return redirect("registry:deliveries")
    return render(request, "registry/aanleveren.html", {"form": form})
