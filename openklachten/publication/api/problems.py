"""Errors as application/problem+json (RFC 9457), with Dutch titles."""

import logging

import duckdb
from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_handler

from openklachten.publication import readmodel
from openklachten.publication.query import InvalidFilter
from openklachten.publication.readmodel.errors import PUBLIC_STALE_MESSAGE, ReadModelUnavailable

PROBLEM_TYPE = "application/problem+json"
TITLES = {
    400: "Ongeldige aanvraag",
    401: "Niet geauthenticeerd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    409: "Conflict",
    413: "Te groot",
    415: "Mediatype niet ondersteund",
    422: "Niet verwerkbaar",
    429: "Te veel verzoeken",
    500: "Interne fout",
    503: "Tijdelijk niet beschikbaar",
}
log = logging.getLogger(__name__)


def problem(status: int, detail: str, instance: str = "", headers=None) -> JsonResponse:
    body = {"type": "about:blank", "title": TITLES.get(status, "Fout"), "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    response = JsonResponse(body, status=status, content_type=PROBLEM_TYPE, json_dumps_params={"ensure_ascii": False})
    for key, value in (headers or {}).items():
        response[key] = value
    return response


def handle(exc, context):
    """DRF exception handler: every error, also unexpected ones, becomes problem+json."""
    request = context.get("request")
    path = request.path if request is not None else ""
    if isinstance(exc, InvalidFilter):
        return problem(400, str(exc), path)
    if isinstance(exc, duckdb.Error):  # the generation's files changed under it? then 503 and a rebuild
        exc = readmodel.damaged_after_error() or exc
    if isinstance(exc, ReadModelUnavailable):  # missing, damaged, or may still hold withdrawn complaints
        return problem(503, PUBLIC_STALE_MESSAGE, path, {"Retry-After": str(exc.retry_after)})
    if isinstance(exc, exceptions.Throttled):
        wait = int(exc.wait or 1)
        return problem(
            429,
            f"Te veel verzoeken. Probeer het over {wait} seconden opnieuw, of gebruik de "
            f"bulkdownloads onder /downloads/ (zonder limiet).",
            path,
            {"Retry-After": str(wait)},
        )
    response = drf_handler(exc, context)
    if response is None:
        log.exception("Onverwachte fout in de API", exc_info=exc)
        return problem(500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.", path)
    detail = {
        404: "Deze bron bestaat niet of is niet (meer) gepubliceerd.",
        405: "Deze API is alleen-lezen: gebruik GET.",
        406: "Deze API levert alleen JSON.",
    }.get(response.status_code, "De aanvraag kon niet worden verwerkt.")
    return problem(response.status_code, detail, path)
