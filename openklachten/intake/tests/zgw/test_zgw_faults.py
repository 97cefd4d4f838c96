"""Faults a real case system produces: rate limits, server errors, time-outs, broken pages, vanishing zaken,
wrong credentials, a URL that is no ZGW API, an unknown zaaktype, an expired token."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from openklachten.intake.connectors.zgw import Connection, Retry, ZgwClient, ZgwError
from openklachten.intake.connectors.zgw.fake import FakeZgw

FAST = Retry(attempts=4, backoff=0.01, timeout=0.5)


@pytest.fixture
def fake():
    with FakeZgw(zaken=250) as server:
        yield server


def client_for(fake, secret=None, client_id=None, retry=FAST, **urls):
    connection = Connection(
        urls.get("zaken", fake.zaken_url),
        urls.get("catalogi", fake.catalogi_url),
        client_id or fake.client_id,
        secret or fake.secret,
    )
    return ZgwClient(connection, retry)


def identificaties(listing):
    return sorted(z["identificatie"] for z in listing.zaken)


@pytest.mark.parametrize("fault", [429, 500, 503, "timeout", "broken"])
def test_a_transient_fault_on_a_page_is_retried_and_nothing_is_missed(fake, fault):
    expected = identificaties(client_for(fake).list_zaken([fake.zaaktype_url]))
    fake.fail("page=2", fault, times=2)
    client = client_for(fake)
    assert identificaties(client.list_zaken([fake.zaaktype_url])) == expected
    assert len(expected) == 250 and fake.faults == []


def test_a_server_that_keeps_failing_stops_with_a_dutch_message(fake):
    fake.fail("/zaken/api/v1/zaken", 500, times=10)
    with pytest.raises(ZgwError) as caught:
        client_for(fake).list_zaken([fake.zaaktype_url])
    assert caught.value.part == "Zaken API" and "HTTP 500" in str(caught.value) and "na 4 pogingen" in str(caught.value)


def test_a_long_retry_after_is_not_waited_for(fake):
    class LongWait(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(429)
            self.send_header("Retry-After", "3600")
            self.end_headers()

        def log_message(self, *args):
            pass

    with _server(LongWait) as base:
        with pytest.raises(ZgwError, match="3600 seconden"):
            client_for(fake, zaken=f"{base}/zaken/api/v1").check_zaken_api()


def test_wrong_credentials_name_the_part_and_never_the_secret(fake):
    for client in (client_for(fake, secret="fout-geheim-123"), client_for(fake, client_id="iemand-anders")):
        with pytest.raises(ZgwError) as caught:
            client.zaaktypen(["KLACHT"])
        message = str(caught.value)
        assert caught.value.part == "Catalogi API" and "toegang geweigerd" in message and "client-id" in message
        assert "fout-geheim-123" not in message and "Bearer" not in message
    assert "fout-geheim-123" not in repr(client_for(fake, secret="fout-geheim-123").http.tokens)


def test_an_expired_token_is_renewed_once(fake):
    class Expiring(BaseHTTPRequestHandler):
        seen = []

        def do_GET(self):
            token = self.headers["Authorization"]
            status = 403 if not Expiring.seen else 200
            Expiring.seen.append(token)
            body = (
                json.dumps({"detail": "Signature has expired."})
                if status == 403
                else json.dumps({"count": 0, "next": None, "previous": None, "results": []})
            ).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    with _server(Expiring) as base:
        client_for(fake, zaken=f"{base}/zaken/api/v1").check_zaken_api()
    assert len(Expiring.seen) == 2


def test_a_url_that_is_not_a_zgw_api(fake):
    class NotZgw(BaseHTTPRequestHandler):
        def do_GET(self):
            body = b'{"status": "ok", "version": "2.1"}' if "json" in self.path or "zaken" in self.path else b"<html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    with _server(NotZgw) as base:
        with pytest.raises(ZgwError, match="geen ZGW-API") as caught:
            client_for(fake, zaken=f"{base}/zaken/api/v1").check_zaken_api()
        assert caught.value.part == "Zaken API"
        with pytest.raises(ZgwError, match="geen leesbare JSON"):
            client_for(fake, catalogi=f"{base}/html").zaaktypen([f"{base}/html/zaaktypen/1"])


def test_nothing_listening_is_reported_as_unreachable(fake):
    with pytest.raises(ZgwError, match="niet bereikbaar op http://127.0.0.1:9"):
        client_for(fake, zaken="http://127.0.0.1:9/zaken/api/v1").check_zaken_api()


def test_an_unknown_zaaktype_is_named(fake):
    with pytest.raises(ZgwError, match="geen zaaktype met identificatie 'KLACHTEN'"):
        client_for(fake).zaaktypen(["KLACHTEN"])
    with pytest.raises(ZgwError, match="bestaat niet in de Catalogi API"):
        client_for(fake).zaaktypen([f"{fake.catalogi_url}/zaaktypen/00000000-0000-0000-0000-000000000000"])


def test_a_zaak_deleted_between_two_pages_is_not_silently_skipped(fake):
    """Page-based paging shifts when a zaak vanishes; the connector relists instead of losing a neighbour."""
    fake.fail("page=2", lambda: fake.delete_zaak("ZAAK-2025-0000000010"))
    listing = client_for(fake).list_zaken([fake.zaaktype_url])
    expected = [f"ZAAK-2025-{n:010d}" for n in range(1, 251) if n != 10]
    assert identificaties(listing) == expected


def test_a_zaak_deleted_while_its_details_are_read_counts_as_vanished(fake):
    fake.expand_supported = False
    victim = next(i["zaak"] for i in fake.zaken.values() if i["zaak"]["identificatie"] == "ZAAK-2025-0000000003")
    fake.fail(victim["uuid"], lambda: fake.delete_zaak("ZAAK-2025-0000000003"))
    listing = client_for(fake).list_zaken([fake.zaaktype_url])
    assert listing.vanished == 1 and "ZAAK-2025-0000000003" not in identificaties(listing)
    assert len(listing.zaken) == 249 and all("_expand" in z for z in listing.zaken)


class _server:
    def __init__(self, handler):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
