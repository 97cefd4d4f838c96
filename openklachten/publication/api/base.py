"""What every API view shares: read-only JSON, API-Version, CORS for reads, problem+json, rate limiting."""

import logging

from django.conf import settings
from django.db import DatabaseError
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from openklachten.config.client_address import client_address
from openklachten.publication import query
from openklachten.publication.api import parameters, problems

logger = logging.getLogger(__name__)

API_VERSION = "1.0.0"  # the full version in the API-Version header; the major one is in the URI (/api/v1)


class AnonymousThrottle(AnonRateThrottle):
    """Per-IP limit for anonymous clients from settings.API_RATE_LIMIT (e.g. `120/minute`)."""

    scope = "anon"

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def get_ident(self, request):
        # Not DRF's own: it trusts a client's X-Forwarded-For when no proxy count is set.
        return client_address(request)

    def allow_request(self, request, view):
        # Without Redis the count lives in the database cache; on SQLite a large import holds the write lock
        # for its whole store, and counting would turn every API read into a 500 (seen: 190 of 6,605 during a
        # 300,000-row import). A read that cannot be counted is answered: the limit fails open.
        try:
            return super().allow_request(request, view)
        except DatabaseError:
            logger.warning("API-limiet niet geteld: de cache is niet beschikbaar (database bezet)")
            return True


class Utf8JSONRenderer(JSONRenderer):
    charset = "utf-8"
    ensure_ascii = False


def add_headers(response):
    response["API-Version"] = API_VERSION
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "API-Version, Link, Retry-After"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"  # reads only: no credentials, no writes
    response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
    return response


class ApiView(APIView):
    """Read-only base view. Subclasses implement get()."""

    renderer_classes = [Utf8JSONRenderer]
    throttle_classes = [AnonymousThrottle]
    authentication_classes: list = []
    controls: tuple[str, ...] = ()  # the control parameters (camelCase) this endpoint accepts
    http_method_names = ["get", "head", "options"]

    def get_exception_handler(self):
        return problems.handle

    def finalize_response(self, request, response, *args, **kwargs):
        return add_headers(super().finalize_response(request, response, *args, **kwargs))

    def params(self, request) -> parameters.Params:
        return parameters.Params(parameters.translate(request.query_params, self.controls))

    def filters(self, params) -> query.Filters:
        return query.Filters.from_params(params)
