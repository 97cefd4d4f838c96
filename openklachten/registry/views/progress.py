"""The progress page of an upload: waiting, then the import report (works without JavaScript)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from openklachten.registry.models import Submission, SubmissionStatus
from openklachten.registry.views.access import organisations_for

MAX_SHOWN_ERRORS = 500  # a whole misaligned file gives thousands of rows; the first ones show the pattern


def _find(request, pk) -> Submission:
    submission = (
        Submission.objects.select_related("organisation", "delivery")
        .filter(pk=pk, organisation__in=organisations_for(request.user))
        .first()
    )
    if submission is None:
        raise Http404("Deze aanlevering bestaat niet of is niet van uw organisatie.")
    return submission


def summary(report: dict) -> str:
    """The one-line outcome of a successful import, as the upload used to say it."""
    return (
        f"Levering opgeslagen: {report.get('nieuw', 0)} nieuwe en {report.get('bijgewerkt', 0)} bijgewerkte klachten"
        + (f"; {report['ter_controle']} wachten op uw controle" if report.get("ter_controle") else "")
        + (
            f"; {report['overgeslagen_ingetrokken']} overgeslagen (eerder ingetrokken)"
            if report.get("overgeslagen_ingetrokken")
            else ""
        )
        + "."
    )


@login_required
def submission_detail(request, pk):
    submission = _find(request, pk)
    report = submission.report or {}
    errors = report.get("fouten", [])
    context = {
        "submission": submission,
        "report": report,
        "errors": errors[:MAX_SHOWN_ERRORS],
        "hidden": max(0, len(errors) - MAX_SHOWN_ERRORS),
        "summary": summary(report) if submission.status == SubmissionStatus.DONE else "",
        "status_url": reverse("registry:submission_status", args=[submission.pk]),
    }
    status = 422 if submission.status == SubmissionStatus.REJECTED and errors else 200
    return render(request, "registry/verwerking.html", context, status=status)


@login_required
def submission_status(request, pk):
    """What the progress page polls: the status, and whether it is final."""
    submission = _find(request, pk)
    return JsonResponse(
        {"status": submission.status, "omschrijving": submission.get_status_display(), "klaar": submission.finished}
    )
