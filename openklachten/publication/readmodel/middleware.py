"""503 instead of 500 while the read model is stale (a rebuild after a withdrawal failed): every public channel.

Add "openklachten.publication.readmodel.middleware.StaleReadModelMiddleware" to settings.MIDDLEWARE; the API's
own exception handler already answers problem+json 503 for its views.
"""

from django.http import HttpResponse
from django.utils.html import escape

from openklachten.publication.api.base import add_headers
from openklachten.publication.api.problems import problem
from openklachten.publication.readmodel.connection import PUBLIC_STALE_MESSAGE as DETAIL
from openklachten.publication.readmodel.connection import ReadModelStale

RETRY_AFTER = "60"
PAGE = ('<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Tijdelijk niet beschikbaar · '
        'Open Klachten</title></head>\n<body><main><h1>Tijdelijk niet beschikbaar</h1><p>{detail}</p></main>'
        '</body></html>\n')


class StaleReadModelMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ReadModelStale):
            return None
        if request.path.startswith("/api/"):
            return add_headers(problem(503, DETAIL, request.path, {"Retry-After": RETRY_AFTER}))
        # The public page does not show the operator's instruction (build_readmodel): that is in the log/command.
        response = HttpResponse(PAGE.format(detail=escape(DETAIL)), status=503, content_type="text/html; charset=utf-8")
        response["Retry-After"] = RETRY_AFTER
        return response
