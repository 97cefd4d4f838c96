"""Reading complaint zaken from a Zaken API + Catalogi API pair.

Requests are few by design: the zaken list with `expand` returns each zaak with its resultaat (and
resultaattype), status (and statustype) and eigenschappen, 100 per page, pages fetched concurrently.
A server that ignores `expand` (Zaken API < 1.5) is completed per zaak, with the Catalogi objects cached.
"""

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from openklachten.intake.connectors.zgw.auth import TokenSource
from openklachten.intake.connectors.zgw.http import JsonClient, NotFound, Retry, ZgwError

EXPAND = "resultaat,resultaat.resultaattype,eigenschappen,status,status.statustype"
# A small limit: the case system serves its own users too; 4 parallel pages keep a sync well above 50 zaken/s.
CONCURRENCY = 4
# Page-based paging shifts when a zaak disappears between two pages; relist a few times, then give up.
LISTING_ATTEMPTS = 3
ZAKEN, CATALOGI = "Zaken API", "Catalogi API"


@dataclass
class Connection:
    """What the connector needs to know; the registry's stored connection hands one out."""

    zaken_url: str
    catalogi_url: str
    client_id: str
    secret: str = field(repr=False)

    def __post_init__(self):
        self.zaken_url = self.zaken_url.rstrip("/")
        self.catalogi_url = self.catalogi_url.rstrip("/")


@dataclass
class Listing:
    zaken: list
    requests: int
    vanished: int = 0  # listed, then gone before its details were read (deleted mid-sync)


class ZgwClient:
    def __init__(self, connection: Connection, retry: Retry | None = None, concurrency: int = CONCURRENCY):
        self.connection, self.concurrency = connection, concurrency
        self.http = JsonClient(TokenSource(connection.client_id, connection.secret), retry)
        self._catalogi_cache: dict[str, dict] = {}

    @property
    def requests(self) -> int:
        return self.http.requests

    # -- checks and catalogue -------------------------------------------------------------------
    def zaaktypen(self, wanted: list[str]) -> dict[str, dict]:
        """Every version of the configured zaaktypen (URL or identificatie), by URL; ZgwError when one is unknown."""
        found: dict[str, dict] = {}
        for entry in wanted:
            entry = entry.strip()
            if entry.startswith(("http://", "https://")):
                try:
                    zaaktype = self._catalogi(entry)
                except NotFound:
                    raise ZgwError(CATALOGI, f"zaaktype {entry} bestaat niet in de Catalogi API.", 404) from None
                found[zaaktype.get("url", entry)] = zaaktype
                continue
            versions = self._all_pages(
                f"{self.connection.catalogi_url}/zaaktypen", CATALOGI, {"identificatie": entry, "status": "alles"}
            )
            if not versions:
                raise ZgwError(
                    CATALOGI,
                    f"er is geen zaaktype met identificatie '{entry}' "
                    f"in {self.connection.catalogi_url}. Controleer de zaaktypen van de koppeling.",
                )
            found.update({version["url"]: version for version in versions})
        return found

    def check_zaken_api(self) -> None:
        """One cheap list request: wrong credentials or a URL that is no Zaken API fail here, not halfway."""
        page = self.http.get(f"{self.connection.zaken_url}/zaken", ZAKEN, {"pageSize": 1})
        _require_page(page, ZAKEN, self.connection.zaken_url)

    # -- zaken ------------------------------------------------------------------------------------
    def list_zaken(self, zaaktype_urls, *, closed_since: dt.date | None = None, expand: bool = True) -> Listing:
        """The zaken of these zaaktypen: all, or the open ones plus those closed on or after `closed_since`."""
        before = self.requests
        queries = []
        for url in zaaktype_urls:
            if closed_since is None:
                queries.append({"zaaktype": url})
            else:
                queries.append({"zaaktype": url, "einddatum__isnull": "true"})
                # einddatum__gt is exclusive: the day before includes zaken closed on `closed_since` itself.
                queries.append({"zaaktype": url, "einddatum__gt": (closed_since - dt.timedelta(days=1)).isoformat()})
        zaken: dict[str, dict] = {}
        for query in queries:
            if expand:
                query["expand"] = EXPAND
            for zaak in self._stable_listing(f"{self.connection.zaken_url}/zaken", ZAKEN, query):
                zaken[zaak["url"]] = zaak
        listing = Listing(list(zaken.values()), 0)
        if expand:
            listing.vanished = self._complete(listing.zaken)
        listing.requests = self.requests - before
        return listing

    def _complete(self, zaken: list[dict]) -> int:
        """Fill in `_expand` for a server that ignored it; returns how many zaken vanished meanwhile."""
        missing = [zaak for zaak in zaken if "_expand" not in zaak]
        if not missing:
            return 0
        with ThreadPoolExecutor(self.concurrency) as pool:
            outcomes = list(pool.map(self._expand_one, missing))
        gone = {id(zaak) for zaak, ok in zip(missing, outcomes, strict=False) if not ok}
        zaken[:] = [zaak for zaak in zaken if id(zaak) not in gone]
        return len(gone)

    def _expand_one(self, zaak: dict) -> bool:
        expanded: dict = {}
        try:
            if zaak.get("resultaat"):
                resultaat = dict(self.http.get(zaak["resultaat"], ZAKEN))
                resultaat["_expand"] = {"resultaattype": self._catalogi(resultaat["resultaattype"])}
                expanded["resultaat"] = resultaat
            if zaak.get("status"):
                status = dict(self.http.get(zaak["status"], ZAKEN))
                status["_expand"] = {"statustype": self._catalogi(status["statustype"])}
                expanded["status"] = status
            eigenschappen = self.http.get(f"{zaak['url']}/zaakeigenschappen", ZAKEN)
            expanded["eigenschappen"] = (
                eigenschappen if isinstance(eigenschappen, list) else eigenschappen.get("results", [])
            )
        except NotFound:
            return False
        zaak["_expand"] = expanded
        return True

    def _catalogi(self, url: str) -> dict:
        if url not in self._catalogi_cache:  # a handful of types shared by thousands of zaken
            self._catalogi_cache[url] = self.http.get(url, CATALOGI)
        return self._catalogi_cache[url]

    def _stable_listing(self, url: str, part: str, query: dict) -> list[dict]:
        """All pages of a list; relisted when the total changed between pages (a zaak was added or deleted)."""
        for _ in range(LISTING_ATTEMPTS):
            first = _require_page(self.http.get(url, part, {**query, "page": 1}), part, url)
            pages = _page_count(first)
            try:
                with ThreadPoolExecutor(self.concurrency) as pool:
                    rest = list(
                        pool.map(
                            lambda n: _require_page(self.http.get(url, part, {**query, "page": n}), part, url),
                            range(2, pages + 1),
                        )
                    )
            except NotFound:  # the last page vanished: zaken were deleted while we read
                continue
            if all(page["count"] == first["count"] for page in rest):
                return [item for page in [first, *rest] for item in page["results"]]
        raise ZgwError(part, "de lijst veranderde tijdens elke poging om hem te lezen; probeer het later opnieuw.")

    def _all_pages(self, url: str, part: str, query: dict) -> list[dict]:
        return self._stable_listing(url, part, query)


def _require_page(page, part: str, url: str) -> dict:
    if not isinstance(page, dict) or not isinstance(page.get("results"), list) or "count" not in page:
        raise ZgwError(
            part,
            f"{url} is geen ZGW-API: het antwoord is geen gepagineerde lijst "
            "(count, results). Controleer de URL van de koppeling.",
        )
    return page


def _page_count(first: dict) -> int:
    size = len(first["results"])
    if not first.get("next") or size == 0:
        return 1
    return -(-int(first["count"]) // size)
