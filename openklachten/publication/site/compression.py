"""Brotli or gzip for the public HTML and JSON (the overview page is ~150 KB of markup, ~20 KB compressed).

Brotli when the client accepts it (every current browser does over HTTPS; ~15-20% smaller than gzip for our
HTML), gzip otherwise. Pages that carry a CSRF token or other secrets (the publisher pages, the admin) are not
compressed: compressing a secret next to attacker-influenced text leaks it byte by byte (BREACH). Streamed bulk
downloads are left alone too: Parquet is compressed already and the CSV/JSONL streams must stay streams.
"""

import brotli
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

UNCOMPRESSED_PREFIXES = ("/aanleveren/", "/beheer/")  # forms with CSRF tokens and session data
COMPRESSED_TYPES = ("text/html", "application/json", "application/problem+json", "application/ld+json")
# Quality 5 of 11: measured on the overview page it is within a few percent of 11 at a fraction of the time;
# pages are compressed per request, so the highest levels would cost more CPU than they save in transfer.
BROTLI_QUALITY = 5
MIN_SIZE = 200  # as Django's gzip: shorter bodies do not get smaller


def accepted(header: str) -> dict[str, float]:
    """Accept-Encoding as {coding: q}; `br;q=0` means refused."""
    out = {}
    for part in header.split(","):
        coding, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if coding:
            out[coding.strip().lower()] = q
    return out


def wants_brotli(header: str) -> bool:
    codings = accepted(header)
    br = codings.get("br", 0.0)
    return br > 0 and br >= codings.get("gzip", codings.get("*", 0.0))


class PublicCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(UNCOMPRESSED_PREFIXES) or response.streaming:
            return response
        if response.get("Content-Type", "").split(";")[0].strip() not in COMPRESSED_TYPES:
            return response
        if not wants_brotli(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return super().process_response(request, response)
        if len(response.content) < MIN_SIZE or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        compressed = brotli.compress(response.content, quality=BROTLI_QUALITY)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):  # a strong ETag names the uncompressed bytes (RFC 9110 8.8.1)
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "br"
        return response
