"""Site-wide response policies that belong to no single app."""

import json

from django.http import HttpResponse
from django.utils.cache import patch_cache_control

PUBLISHER_PREFIXES = ("/aanleveren/", "/beheer/")


class PublisherNoStoreMiddleware:
    """`Cache-Control: no-store` on every publisher page: they can show raw text that is still under review."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(PUBLISHER_PREFIXES):
            patch_cache_control(response, no_store=True, no_cache=True, private=True, max_age=0)
        return response


UPLOAD_PATHS = ("/aanleveren/", "/api/v1/aanleveringen")
# Multipart framing and metadata fields around the file: a little room above the file limit itself.
UPLOAD_OVERHEAD = 1024 * 1024


class UploadSizeLimitMiddleware:
    """Refuse an upload that announces more than the file limit before a single byte of it is received.

    Without this the whole body is received (to a temporary file) and only then found too large; two such
    uploads at once fill a disk. The readers apply the same limit to what they read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from openklachten.intake.readers import MAX_BYTES

        if request.method == "POST" and request.path.startswith(UPLOAD_PATHS):
            try:
                announced = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                announced = 0
            if announced > MAX_BYTES + UPLOAD_OVERHEAD:
                return self._refuse(request, MAX_BYTES // (1024 * 1024))
        return self.get_response(request)

    @staticmethod
    def _refuse(request, megabytes: int) -> HttpResponse:
        detail = (
            f"Het bestand is groter dan {megabytes} MB en is niet ontvangen. Splits de levering, "
            "bijvoorbeeld per kwartaal, of lever haar als CSV aan (kleiner dan Excel)."
        )
        if request.path.startswith("/api/"):
            body = {"type": "about:blank", "title": "Bestand te groot", "status": 413, "detail": detail}
            response = HttpResponse(
                json.dumps(body, ensure_ascii=False), status=413, content_type="application/problem+json"
            )
        else:
            response = HttpResponse(
                f'<!doctype html><html lang="nl"><title>Bestand te groot</title>'
                f"<h1>Bestand te groot</h1><p>{detail}</p></html>",
                status=413,
                content_type="text/html; charset=utf-8",
            )
        response["Connection"] = "close"  # the client may still be sending; do not read the rest
        return response
