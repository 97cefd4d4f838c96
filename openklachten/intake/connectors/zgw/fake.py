"""An in-process fake of a ZGW Zaken API + Catalogi API (Open Zaak's shapes), for tests and the benchmark.

A threaded http.server on loopback with synthetic complaint zaken. It checks what the real one checks
(a valid HS256 JWT, `Accept-Crs: EPSG:4326`), pages by 100 like Open Zaak, honours `expand`, and lets a
test inject faults: a status (429, 500), a time-out, a broken page, or a callback (delete a zaak mid-sync).
Every request is logged (path, query, headers) so tests can check them against the official OpenAPI.
"""

import datetime as dt
import json
import random
import threading
import time
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from openklachten.intake.connectors.zgw.auth import verify

PAGE_SIZE = 100  # Open Zaak's fixed page size
OUTCOMES = ["Gegrond", "Deels gegrond", "Ongegrond", "Geen oordeel", "Ingetrokken"]
PROPERTIES = {  # name -> values; names as a municipality might choose them (matched by the default mapping)
    "thema": ["Afval", "Parkeren", "Belastingen", "Openbare ruimte", "Burgerzaken"],
    "oorzaak": ["Vertraging", "Bejegening", "Onjuiste informatie", "Fout"],
    "formeel_informeel": ["Formeel"],
    "afdeling": ["Stadsbeheer", "Publiekszaken", "Belastingen"],
    "klager": ["Burger", "Bedrijf"],
    "woonplaats": ["Utrecht", "Zeist", "Amersfoort"],
    "afdoeningswijze": ["Excuses", "Opheldering", "Herstel"],
}
CHANNELS = ["E-mail", "Post", "Telefoon", "Webformulier"]


def _id(kind: str, n) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"openklachten-fake/{kind}/{n}"))


class FakeZgw:
    def __init__(
        self,
        zaken: int = 250,
        *,
        client_id: str = "openklachten",
        secret: str = "geheim",
        seed: int = 1,
        expand: bool = True,
        identificatie: str = "KLACHT",
    ):
        self.client_id, self.secret, self.expand_supported = client_id, secret, expand
        self.faults: list[tuple[str, object]] = []  # (path substring, 429|500|"timeout"|"broken"|callable)
        self.log: list[dict] = []
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.zaken_url, self.catalogi_url = f"{self.base}/zaken/api/v1", f"{self.base}/catalogi/api/v1"
        self.identificatie = identificatie
        self.zaaktype_url = f"{self.catalogi_url}/zaaktypen/{_id('zaaktype', 1)}"
        self.other_zaaktype_url = f"{self.catalogi_url}/zaaktypen/{_id('zaaktype', 2)}"
        self.catalogi = self._catalogue()
        self.zaken: dict[str, dict] = {}
        rng = random.Random(seed)
        for n in range(1, zaken + 1):
            self.add_zaak(n, rng)

    # -- lifecycle -------------------------------------------------------------------------------
    def __enter__(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    def fail(self, path_part: str, action, times: int = 1) -> None:
        """Inject a fault for the next `times` requests whose path contains `path_part`."""
        self.faults += [(path_part, action)] * times

    # -- data -------------------------------------------------------------------------------------
    def _catalogue(self) -> dict:
        objects = {}
        cat = f"{self.catalogi_url}/catalogussen/{_id('catalogus', 1)}"
        for n, url in ((1, self.zaaktype_url), (2, self.other_zaaktype_url)):
            objects[url] = {
                "url": url,
                "identificatie": self.identificatie if n == 1 else "VERGUNNING",
                "omschrijving": "Klachtbehandeling" if n == 1 else "Vergunning",
                "vertrouwelijkheidaanduiding": "openbaar",
                "doel": "Een klacht behandelen",
                "aanleiding": "Klacht ontvangen",
                "indicatieInternOfExtern": "extern",
                "handelingInitiator": "indienen",
                "onderwerp": "Klacht",
                "handelingBehandelaar": "behandelen",
                "doorlooptijd": "P42D",
                "opschortingEnAanhoudingMogelijk": True,
                "verlengingMogelijk": True,
                "publicatieIndicatie": False,
                "productenOfDiensten": [],
                "referentieproces": {"naam": "Klacht", "link": ""},
                "verantwoordelijke": "002220647",
                "beginGeldigheid": "2020-01-01",
                "versiedatum": "2020-01-01",
                "catalogus": cat,
                "besluittypen": [],
                "gerelateerdeZaaktypen": [],
                "concept": False,
            }
        for kind, names in (("resultaattypen", OUTCOMES), ("statustypen", ["Ontvangen", "Afgehandeld"])):
            for n, name in enumerate(names, start=1):
                url = f"{self.catalogi_url}/{kind}/{_id(kind, n)}"
                base = {
                    "url": url,
                    "zaaktype": self.zaaktype_url,
                    "zaaktypeIdentificatie": self.identificatie,
                    "omschrijving": name,
                    "catalogus": cat,
                }
                if kind == "resultaattypen":
                    base.update(
                        resultaattypeomschrijving="",
                        selectielijstklasse="",
                        omschrijvingGeneriek=name,
                        archiefnominatie="vernietigen",
                    )
                else:
                    base.update(volgnummer=n, isEindstatus=name == "Afgehandeld", statustekst="")
                objects[url] = base
        return objects

    def _type_url(self, kind: str, name: str) -> str:
        return next(u for u, o in self.catalogi.items() if f"/{kind}/" in u and o["omschrijving"] == name)

    def add_zaak(
        self,
        n: int,
        rng=None,
        *,
        closed: bool | None = None,
        einddatum: dt.date | None = None,
        properties: dict | None = None,
        zaaktype: str | None = None,
    ) -> dict:
        rng = rng or random.Random(n)
        zid = _id("zaak", n)
        url = f"{self.zaken_url}/zaken/{zid}"
        start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
        closed = rng.random() < 0.9 if closed is None else closed
        end = (einddatum or start + dt.timedelta(days=rng.randrange(3, 60))) if closed else None
        zaak = {
            "url": url,
            "uuid": zid,
            "identificatie": f"ZAAK-2025-{n:010d}",
            "bronorganisatie": "002220647",
            "omschrijving": rng.choice(
                ["Grofvuil niet opgehaald", "Parkeervergunning te laat", "Onvriendelijk te woord gestaan"]
            ),
            "toelichting": "Klacht ingediend door mevrouw De Vries, telefoon 06-12345678.",
            "zaaktype": zaaktype or self.zaaktype_url,
            "registratiedatum": start.isoformat(),
            "verantwoordelijkeOrganisatie": "002220647",
            "startdatum": start.isoformat(),
            "einddatum": end.isoformat() if end else None,
            "einddatumGepland": None,
            "uiterlijkeEinddatumAfdoening": None,
            "publicatiedatum": None,
            "communicatiekanaal": "",
            "communicatiekanaalNaam": rng.choice(CHANNELS),
            "productenOfDiensten": [],
            "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            "betalingsindicatie": "",
            "betalingsindicatieWeergave": "",
            "laatsteBetaaldatum": None,
            "zaakgeometrie": None,
            "verlenging": {"reden": "Complexe klacht", "duur": "P28D"} if rng.random() < 0.1 else None,
            "opschorting": {"indicatie": False, "reden": ""},
            "selectielijstklasse": "",
            "hoofdzaak": None,
            "deelzaken": [],
            "relevanteAndereZaken": [],
            "eigenschappen": [],
            "rollen": [],
            "status": None,
            "zaakinformatieobjecten": [],
            "zaakobjecten": [],
            "kenmerken": [],
            "archiefnominatie": None,
            "archiefstatus": "nog_te_archiveren",
            "archiefactiedatum": None,
            "resultaat": None,
            "opdrachtgevendeOrganisatie": "",
            "processobjectaard": "",
            "startdatumBewaartermijn": None,
            "processobject": {"datumkenmerk": "", "identificatie": "", "objecttype": "", "registratie": ""},
        }
        values = {name: rng.choice(options) for name, options in PROPERTIES.items()}
        values.update(properties or {})
        eigenschappen = [
            {
                "url": f"{url}/zaakeigenschappen/{_id('ze', f'{n}/{name}')}",
                "uuid": _id("ze", f"{n}/{name}"),
                "zaak": url,
                "eigenschap": f"{self.catalogi_url}/eigenschappen/{_id('eigenschap', name)}",
                "naam": name,
                "waarde": value,
            }
            for name, value in values.items()
            if value is not None
        ]
        zaak["eigenschappen"] = [e["url"] for e in eigenschappen]
        statustype = self._type_url("statustypen", "Afgehandeld" if closed else "Ontvangen")
        status = {
            "url": f"{self.zaken_url}/statussen/{_id('status', n)}",
            "uuid": _id("status", n),
            "zaak": url,
            "statustype": statustype,
            "datumStatusGezet": f"{(end or start).isoformat()}T12:00:00Z",
            "statustoelichting": "",
            "indicatieLaatstGezetteStatus": True,
            "gezetdoor": None,
            "zaakinformatieobjecten": [],
        }
        zaak["status"] = status["url"]
        resultaat = None
        if closed:
            outcome = rng.choice(OUTCOMES)
            resultaat = {
                "url": f"{self.zaken_url}/resultaten/{_id('resultaat', n)}",
                "uuid": _id("resultaat", n),
                "zaak": url,
                "resultaattype": self._type_url("resultaattypen", outcome),
                "toelichting": f"De klacht is {outcome.lower()} verklaard.",
            }
            zaak["resultaat"] = resultaat["url"]
        with self.lock:
            self.zaken[url] = {"zaak": zaak, "eigenschappen": eigenschappen, "status": status, "resultaat": resultaat}
        return zaak

    def delete_zaak(self, identificatie: str) -> None:
        with self.lock:
            for url, item in list(self.zaken.items()):
                if item["zaak"]["identificatie"] == identificatie:
                    del self.zaken[url]

    # -- responses --------------------------------------------------------------------------------
    def expanded(self, item: dict) -> dict:
        zaak = dict(item["zaak"])
        expand = {"eigenschappen": item["eigenschappen"]}
        expand["status"] = {**item["status"], "_expand": {"statustype": self.catalogi[item["status"]["statustype"]]}}
        if item["resultaat"]:
            rt = self.catalogi[item["resultaat"]["resultaattype"]]
            expand["resultaat"] = {**item["resultaat"], "_expand": {"resultaattype": rt}}
        zaak["_expand"] = expand
        return zaak

    def list_zaken(self, query: dict) -> list[dict]:
        with self.lock:
            items = sorted(self.zaken.values(), key=lambda i: i["zaak"]["identificatie"])
        if "zaaktype" in query:
            items = [i for i in items if i["zaak"]["zaaktype"] == query["zaaktype"]]
        if query.get("einddatum__isnull") == "true":
            items = [i for i in items if not i["zaak"]["einddatum"]]
        if "einddatum__gt" in query:
            items = [i for i in items if i["zaak"]["einddatum"] and i["zaak"]["einddatum"] > query["einddatum__gt"]]
        return items

    def page(self, path: str, query: dict, items: list, render) -> dict:
        number = int(query.get("page", 1))
        chunk = items[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        if number > 1 and not chunk:
            raise LookupError
        link = lambda n: f"{self.base}{path}?{urllib.parse.urlencode({**query, 'page': n})}"  # noqa: E731
        return {
            "count": len(items),
            "next": link(number + 1) if number * PAGE_SIZE < len(items) else None,
            "previous": link(number - 1) if number > 1 else None,
            "results": [render(i) for i in chunk],
        }


def _handler(fake: FakeZgw):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args):  # quiet: tests read fake.log instead
            pass

        def do_GET(self):
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query))
            with fake.lock:
                fake.log.append({"path": parts.path, "query": query, "headers": dict(self.headers)})
                fault = next((f for f in fake.faults if f[0] in self.path), None)
                if fault:
                    fake.faults.remove(fault)
            if fault:
                action = fault[1]
                if callable(action):
                    action()
                elif action == "timeout":
                    time.sleep(1.5)
                    return self._send(200, {"count": 0, "results": []})
                elif action == "broken":
                    return self._raw(200, b'{"count": 10, "results": [{"url": ')
                else:
                    return self._send(
                        int(action),
                        {"title": "Storing", "status": int(action)},
                        {"Retry-After": "0"} if int(action) == 429 else None,
                    )
            claims = verify(self.headers.get("Authorization", "").removeprefix("Bearer "), fake.secret)
            if not claims or claims.get("client_id") != fake.client_id:
                return self._send(
                    403,
                    {
                        "code": "not_authenticated",
                        "title": "Niet geauthenticeerd",
                        "status": 403,
                        "detail": "Client identifier bestaat niet",
                    },
                )
            try:
                body = self._route(parts.path, query)
            except LookupError:
                return self._send(404, {"title": "Niet gevonden.", "status": 404, "detail": "Niet gevonden."})
            if body == 412:
                return self._send(
                    412, {"title": "Precondition failed", "status": 412, "detail": "'Accept-Crs' header ontbreekt"}
                )
            self._send(200, body)

        def _route(self, path: str, query: dict):
            url = f"{fake.base}{path}"
            if path.startswith("/zaken/") and self.headers.get("Accept-Crs") != "EPSG:4326":
                return 412
            if path == "/zaken/api/v1/zaken":
                expand = fake.expand_supported and "expand" in query
                return fake.page(path, query, fake.list_zaken(query), fake.expanded if expand else lambda i: i["zaak"])
            if path == "/catalogi/api/v1/zaaktypen":
                types = [
                    o
                    for u, o in fake.catalogi.items()
                    if "/zaaktypen/" in u and o["identificatie"] == query.get("identificatie", o["identificatie"])
                ]
                return fake.page(path, query, types, lambda o: o)
            if url in fake.catalogi:
                return fake.catalogi[url]
            with fake.lock:
                for item in fake.zaken.values():
                    if url == f"{item['zaak']['url']}/zaakeigenschappen":
                        return item["eigenschappen"]
                    for key in ("zaak", "status", "resultaat"):
                        if item[key] and item[key]["url"] == url:
                            return item[key]
            raise LookupError

        def _send(self, status: int, body, headers=None):
            kind = "application/json" if status < 400 else "application/problem+json"
            self._raw(status, json.dumps(body).encode("utf-8"), kind, headers)

        def _raw(self, status: int, data: bytes, kind="application/json", headers=None):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler
