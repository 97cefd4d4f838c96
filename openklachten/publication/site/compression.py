"""Gzip for the public HTML and JSON (the overview page is ~150 KB of markup, ~20 KB compressed).

Pages that carry a CSRF token or other secrets (the publisher pages, the admin) are not compressed:
compressing a secret next to attacker-influenced text leaks it byte by byte (BREACH). Streamed bulk
downloads are left alone too: Parquet is compressed already and the CSV/JSONL streams must stay streams.
"""

from django.middleware.gzip import GZipMiddleware

UNCOMPRESSED_PREFIXES = ("/aanleveren/", "/beheer/")  # forms with CSRF tokens and session data
COMPRESSED_TYPES = ("text/html", "application/json", "application/problem+json", "application/ld+json")


class PublicGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(UNCOMPRESSED_PREFIXES) or response.streaming:
            return response
        if response.get("Content-Type", "").split(";")[0].strip() not in COMPRESSED_TYPES:
            return response
        return super().process_response(request, response)
