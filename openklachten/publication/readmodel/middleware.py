"""503 with Retry-After instead of 500 or stale data while the read model cannot serve: every public channel.

Listed in settings.MIDDLEWARE. It also opens the request scope (the registry's sequence is read once per
request; rebuilds asked for during a request are queued, not run in it). A DuckDB error on an open
generation triggers a check of its files: a damaged generation is a 503 and a rebuild, not a 500.
"""

import duckdb
from django.http import HttpResponse
from django.utils.html import escape

from openklachten.publication import readmodel
from openklachten.publication.api.base import add_headers
from openklachten.publication.api.problems import problem
from openklachten.publication.readmodel import freshness
from openklachten.publication.readmodel.errors import PUBLIC_STALE_MESSAGE as DETAIL
from openklachten.publication.readmodel.errors import ReadModelUnavailable

PAGE = (
    '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Tijdelijk niet beschikbaar · '
    "Open Klachten</title></head>\n<body><main><h1>Tijdelijk niet beschikbaar</h1><p>{detail}</p></main>"
    "</body></html>\n"
)


def unavailable(request, exception: ReadModelUnavailable):
    """The 503: problem+json for the API, a short Dutch page elsewhere (never the operator's instruction)."""
    retry_after = str(exception.retry_after)
    if request.path.startswith("/api/"):
        return add_headers(problem(503, DETAIL, request.path, {"Retry-After": retry_after}))
    response = HttpResponse(PAGE.format(detail=escape(DETAIL)), status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = retry_after
    return response


class StaleReadModelMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with freshness.request_scope():
            return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, duckdb.Error):
            exception = readmodel.damaged_after_error() or exception
        if isinstance(exception, ReadModelUnavailable):
            return unavailable(request, exception)
        return None
