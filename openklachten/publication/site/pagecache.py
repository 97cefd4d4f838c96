"""Whole rendered public pages, kept per read-model generation (per process, bounded in bytes).

At 1M complaints a page costs 10-12 ms of CPU to render even with every query cached; 50 readers that never
pause need ~3 ms. The pages only change when the generation changes (a rebuild), when an organisation's name
changes (the filter panel reads names from the registry) or when other map or population files are installed
(`geo import`), so all three are in the key, together with the scheme, host, full path with query string and
the content coding the compression middleware will choose (and, on a complaint's page, the search in the
Referer that its breadcrumb links back to).

What is never cached (the request passes through untouched):
- anything but an anonymous GET on the public site paths below: no /aanleveren/, /beheer/, API (its rate
  limit counts every request), health check, exports, organisation pages (they read deliveries from the
  registry); no request with a session, messages or language cookie or an Authorization header;
- conditional requests (the view answers them), and while the read model cannot serve: the request then
  goes its normal way and StaleReadModelMiddleware answers 503, as without this cache;
- a response that is not a plain 200, streams, sets a cookie, used the CSRF token, says private/no-store,
  varies on more than Accept-Encoding and Cookie, or carries a CSP nonce.

Listed in settings.MIDDLEWARE above the compression, so a hit costs neither rendering nor compressing.
Per process rather than Django's cache: the shared cache is the database (or Redis), and fetching and
unpickling 150 KB per hit costs about what rendering it does; a generation's pages never need invalidating,
so processes have nothing to agree on. Memory: PAGE_CACHE_MB per worker process.
"""

import re
import threading
from collections import OrderedDict

import duckdb
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse

from openklachten.publication.query import store
from openklachten.publication.readmodel import freshness
from openklachten.publication.readmodel.errors import ReadModelUnavailable
from openklachten.publication.site.compression import wants_brotli

# Paths whose pages depend only on the read model and organisation names (and read the model anyway: the
# freshness check below opens it).
EXACT_PATHS = frozenset({"/", "/klachten", "/vergelijken", "/kaart", "/open-data"})
PREFIXES = ("/klachten/", "/grafieken/", "/embed/")
MAX_ENTRY_FRACTION = 8  # one page may take at most 1/8 of the budget: a few big pages must not flush the rest
GZIP = re.compile(r"\bgzip\b")  # as django.middleware.gzip decides
# Accept-Encoding is in the key, Cookie-carrying requests are not cached, and with one language (LocaleMiddleware
# adds Vary: Accept-Language to everything) Accept-Language changes nothing.
ALLOWED_VARY = frozenset({"accept-encoding", "cookie", "accept-language"})
PERSONAL_REQUEST_HEADERS = ("HTTP_AUTHORIZATION", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


class Pages:
    """An LRU of rendered responses bounded by the bytes of their bodies; thread-safe."""

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.generation = None
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = self.stored = 0

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key, generation, entry) -> None:
        size = len(entry[1])
        if size > self.budget // MAX_ENTRY_FRACTION:
            return
        with self.lock:
            if generation != self.generation:  # a new generation: every older page is dead
                self.entries.clear()
                self.used, self.generation = 0, generation
            old = self.entries.pop(key, None)
            if old is not None:
                self.used -= len(old[1])
            self.entries[key] = entry
            self.used += size
            self.stored += 1
            while self.used > self.budget:
                _, dropped = self.entries.popitem(last=False)
                self.used -= len(dropped[1])

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.used, self.generation = 0, None
            self.hits = self.misses = self.stored = 0


pages = Pages(0)


def cacheable_request(request) -> bool:
    path = request.path
    if request.method != "GET" or not (path in EXACT_PATHS or path.startswith(PREFIXES)):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies or settings.LANGUAGE_COOKIE_NAME in cookies:
        return False
    return not any(header in request.META for header in PERSONAL_REQUEST_HEADERS)


def coding(request) -> str:
    """The content coding PublicCompressionMiddleware will choose for this request."""
    header = request.META.get("HTTP_ACCEPT_ENCODING", "")
    if wants_brotli(header):
        return "br"
    return "gzip" if GZIP.search(header) else ""


def cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token: one visitor's secret
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    if "private" in control or "no-store" in control:
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= (ALLOWED_VARY if len(settings.LANGUAGES) == 1 else ALLOWED_VARY - {"accept-language"}):
        return False
    return "nonce-" not in response.get("Content-Security-Policy", "")


def referer_part(request) -> str:
    """What a page takes from the Referer: a complaint's breadcrumb leads back to the search it came from."""
    if not request.path.startswith("/klachten/"):
        return ""
    from openklachten.publication.site.views.klachten import back_query

    return back_query(request)


def geo_version() -> tuple:
    """The map and population files in use: `geo import` changes the map and the rates without a rebuild."""
    from openklachten.publication import geodata

    found = []
    for path in (geodata.boundaries_file(), geodata.population_file()):
        try:
            found.append((str(path), path.stat().st_mtime_ns) if path else None)
        except OSError:
            found.append(None)
    return tuple(found)


def _replay(entry) -> HttpResponse:
    status, content, headers = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        budget = settings.PAGE_CACHE_MB * 1024 * 1024
        if pages.budget != budget:  # a changed setting (tests) starts afresh
            pages.budget = budget
            pages.clear()
        if not budget or not cacheable_request(request):
            return self.get_response(request)
        with freshness.request_scope():  # shared with StaleReadModelMiddleware further in
            try:
                host = request.get_host()  # first: a foreign Host must not make this request open the model
                store.connection()  # the freshness check: raises while the 503 rule applies
                generation = store.generation()
            except (ReadModelUnavailable, DisallowedHost, duckdb.Error):
                return self.get_response(request)  # the layers below answer as they would without a cache
            state = freshness.registry_state()
            variant = (coding(request), request.scheme, host, request.get_full_path(), referer_part(request))
            key = (generation, state.organisations, geo_version(), *variant)
            entry = pages.get(key)
            if entry is not None:
                return _replay(entry)
            response = self.get_response(request)
            if cacheable_response(request, response) and store.generation() == generation:
                pages.put(key, generation, (response.status_code, response.content, list(response.items())))
            return response
