"""HTTP for the ZGW connector: JSON GETs with a bearer token, retried with backoff on 429, 5xx and time-outs.

Every failure becomes a ZgwError with a Dutch message that names the part that failed (Zaken API,
Catalogi API) and what the coordinator can do; the token and the secret never appear in it.
"""

import http.client
import json
import logging
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from openklachten.intake.connectors.zgw.auth import TokenSource

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 500, 502, 503, 504}
# Five tries over ~8 s of backoff ride out a restarting server or a short rate limit without hanging a sync.
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = 0.5
MAX_RETRY_AFTER = 30  # a Retry-After beyond this means the server is down for longer: give up, try next run
TIMEOUT_SECONDS = (
    120  # an expanded page of 100 zaken took a loaded local Open Zaak up to a minute; beyond 2 it is stuck
)


class ZgwError(Exception):
    """A ZGW request failed; `part` names the API or step, the message says what to do (Dutch)."""

    def __init__(self, part: str, message: str, status: int | None = None):
        super().__init__(f"{part}: {message}")
        self.part, self.status = part, status


class NotFound(ZgwError):
    """HTTP 404: the object does not (or no longer) exist."""


@dataclass
class Retry:
    attempts: int = MAX_ATTEMPTS
    backoff: float = BACKOFF_SECONDS
    timeout: float = TIMEOUT_SECONDS


class JsonClient:
    """GET JSON from one ZGW API with the headers ZGW requires; counts its requests (benchmarks)."""

    def __init__(self, tokens: TokenSource, retry: Retry | None = None):
        self.tokens, self.retry = tokens, retry or Retry()
        self.requests = 0

    def get(self, url: str, part: str, params: dict | None = None) -> dict:
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode(params, doseq=False)}"
        renewed = False
        for attempt in range(1, self.retry.attempts + 1):
            self.requests += 1
            try:
                return self._get_once(url, part, renew=renewed)
            except _Retryable as exc:
                if attempt == self.retry.attempts:
                    raise ZgwError(
                        part, f"{exc.reason} (na {attempt} pogingen). Probeer het later opnieuw.", exc.status
                    ) from None
                delay = exc.retry_after if exc.retry_after is not None else self.retry.backoff * 2 ** (attempt - 1)
                log.info("ZGW %s: %s, nieuwe poging over %.1f s", part, exc.reason, delay)
                time.sleep(delay * (1 + random.random() / 4))
            except _Expired:
                if renewed:
                    raise ZgwError(
                        part,
                        "het token is verlopen en een nieuw token wordt ook geweigerd; "
                        "controleer de klok van deze server en van het zaaksysteem.",
                        403,
                    ) from None
                renewed = True
        raise AssertionError("unreachable")

    def _get_once(self, url: str, part: str, renew: bool) -> dict:
        request = urllib.request.Request(
            url,
            headers={
                "Authorization": f"Bearer {self.tokens.token(renew=renew)}",
                "Accept": "application/json",
                "Accept-Crs": "EPSG:4326",  # Open Zaak answers 412 without it on every geo-enabled endpoint
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.retry.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()
            _raise_for_status(exc.code, body, part, url, exc.headers.get("Retry-After"))
        except (TimeoutError, socket.timeout):
            raise _Retryable("het zaaksysteem antwoordt niet op tijd (time-out)") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise _Retryable("het zaaksysteem antwoordt niet op tijd (time-out)") from None
            if isinstance(exc.reason, ConnectionResetError):
                raise _Retryable("de verbinding werd verbroken") from None
            raise ZgwError(part, f"niet bereikbaar op {_origin(url)} ({exc.reason}). Controleer de URL.") from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise _Retryable(f"de verbinding werd verbroken ({type(exc).__name__})") from None
        try:
            return json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            # A half-sent page is worth another try; a persistent non-JSON answer means a wrong URL.
            raise _Retryable(f"het antwoord van {_origin(url)} is geen leesbare JSON") from None


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        self.reason, self.status, self.retry_after = reason, status, retry_after


class _Expired(Exception):
    pass


def _raise_for_status(status: int, body: bytes, part: str, url: str, retry_after) -> None:
    detail = _problem_detail(body)
    if status in RETRY_STATUSES:
        wait = _seconds(retry_after)
        if wait is not None and wait > MAX_RETRY_AFTER:
            raise ZgwError(
                part,
                f"het zaaksysteem vraagt {int(wait)} seconden te wachten (HTTP {status}). "
                "De volgende synchronisatie probeert het opnieuw.",
                status,
            )
        raise _Retryable(f"HTTP {status} van het zaaksysteem", status, wait)
    if status in (401, 403):
        if "verlopen" in detail.lower() or "expired" in detail.lower():
            raise _Expired()
        raise ZgwError(
            part,
            f"toegang geweigerd (HTTP {status}). Controleer de client-id en het secret van de "
            "koppeling, en of de applicatie in het zaaksysteem leesrechten heeft op dit zaaktype.",
            status,
        )
    if status == 404:
        raise NotFound(part, f"niet gevonden: {_path(url)} (HTTP 404).", status)
    if status == 412:
        raise ZgwError(part, "het zaaksysteem weigert het verzoek (HTTP 412, voorwaarde niet vervuld).", status)
    raise ZgwError(
        part, f"onverwacht antwoord HTTP {status} op {_path(url)}" + (f": {detail}" if detail else "."), status
    )


def _problem_detail(body: bytes) -> str:
    """The `detail` of a problem+json answer, short; never the whole body (it may echo request data)."""
    try:
        problem = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ""
    text = problem.get("detail") or problem.get("title") or "" if isinstance(problem, dict) else ""
    return str(text)[:200]


def _seconds(value) -> float | None:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return None


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _path(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
