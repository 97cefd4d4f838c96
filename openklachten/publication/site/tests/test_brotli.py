"""Brotli for public HTML and JSON when the client accepts it; gzip otherwise; static files pre-compressed."""

import gzip

import brotli
import pytest
from django.core.management import call_command
from django.test import RequestFactory

from openklachten.publication.site.compression import wants_brotli


def test_brotli_page_decodes_to_the_same_page(client, data):
    plain = client.get("/vergelijken")
    compressed = client.get("/vergelijken", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "br"
    assert "Accept-Encoding" in compressed["Vary"]
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
    assert brotli.decompress(compressed.content) == plain.content


def test_brotli_json_from_the_api(client, data):
    plain = client.get("/api/v1/statistieken")
    compressed = client.get("/api/v1/statistieken", HTTP_ACCEPT_ENCODING="br")
    assert compressed["Content-Encoding"] == "br"
    assert brotli.decompress(compressed.content) == plain.content


def test_gzip_when_brotli_is_not_accepted_or_refused(client, data):
    for header in ("gzip", "gzip, br;q=0", "br;q=0.5, gzip;q=1"):
        page = client.get("/", HTTP_ACCEPT_ENCODING=header)
        assert page["Content-Encoding"] == "gzip", header
        assert b"Klachten bij de overheid" in gzip.decompress(page.content)


def test_no_compression_for_pages_with_secrets_and_streams(client, data):
    login = client.get("/aanleveren/inloggen/", HTTP_ACCEPT_ENCODING="br")
    assert not login.has_header("Content-Encoding")
    download = client.get("/downloads/klachten.csv", HTTP_ACCEPT_ENCODING="br")
    assert download.streaming and not download.has_header("Content-Encoding")
    body = b"".join(download.streaming_content).decode("utf-8-sig")
    assert body.count("\n") == 1 + 47  # header and every published complaint of the dataset, readable as is


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("br", True),
        ("gzip, br", True),
        ("BR;q=0.8, gzip;q=0.9", False),
        ("br;q=0", False),
        ("gzip", False),
        ("", False),
    ],
)
def test_accept_encoding_is_read_with_its_weights(header, expected):
    assert wants_brotli(header) is expected


def test_collected_static_files_are_served_pre_compressed_with_brotli(settings, tmp_path):
    from whitenoise.middleware import WhiteNoiseMiddleware

    settings.STATIC_ROOT = tmp_path
    settings.WHITENOISE_USE_FINDERS = False  # as in production after collectstatic
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (tmp_path / "site" / "site.css.br").exists()
    middleware = WhiteNoiseMiddleware(lambda request: None)
    response = middleware(RequestFactory().get("/static/site/site.css", HTTP_ACCEPT_ENCODING="gzip, br"))
    assert response["Content-Encoding"] == "br"
    body = b"".join(response.streaming_content)
    assert brotli.decompress(body) == (tmp_path / "site" / "site.css").read_bytes()
