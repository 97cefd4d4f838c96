"""`openklachten screenshots --output DIR`: PNGs of the main pages, served in-process from this database."""

import threading
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.core.management.base import BaseCommand
from django.core.wsgi import get_wsgi_application

from openklachten.publication.site.browser import launch

# (file name, path, viewport width): desktop for every page type, one phone view of the home page.
DESKTOP, PHONE = 1280, 390


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):  # one line per request would drown the command's own output
        pass


def _pages():
    from openklachten.registry.models import Complaint, Organisation

    complaint = Complaint.published.order_by("-ontvangstdatum").values_list("public_id", flat=True).first()
    organisation = (
        Organisation.objects.filter(complaints__isnull=False).values_list("code", flat=True).first()
        or Organisation.objects.values_list("code", flat=True).first()
    )
    pages = [
        ("overzicht", "/", DESKTOP),
        ("overzicht-gefilterd", "/?formeel_informeel=formeel&conclusie=gegrond", DESKTOP),
        ("overzicht-telefoon", "/", PHONE),
        ("zoeken", "/klachten?q=termijn", DESKTOP),
        ("vergelijken", "/vergelijken", DESKTOP),
        ("kaart", "/kaart", DESKTOP),
        ("organisaties", "/organisaties", DESKTOP),
        ("standaard", "/standaard", DESKTOP),
        ("over", "/over", DESKTOP),
        ("embed-trend", "/embed/trend", 700),
        ("fout-400", "/?conclusie=onbekend", DESKTOP),
        ("niet-gevonden-404", "/bestaat-niet", DESKTOP),
    ]
    if complaint:
        pages.append(("klacht", f"/klachten/{complaint}", DESKTOP))
    if organisation:
        pages.append(("organisatie", f"/organisaties/{organisation}", DESKTOP))
        pages.append(("jaarverslag", f"/organisaties/{organisation}/jaarverslag/2024", DESKTOP))
    pages.append(("jaarbeeld", "/jaarbeeld/2024", DESKTOP))
    return pages


class Command(BaseCommand):
    help = "Slaat schermafbeeldingen (PNG) van de belangrijkste pagina's op, van de huidige database."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="screenshots", help="Map voor de PNG-bestanden.")
        parser.add_argument("--full-page", action="store_true", help="Hele pagina in plaats van het eerste scherm.")

    def handle(self, *args, output, full_page, **options):
        from playwright.sync_api import sync_playwright

        directory = Path(output)
        directory.mkdir(parents=True, exist_ok=True)
        pages = _pages()
        server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=_QuietHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                for name, path, width in pages:
                    page = browser.new_page(viewport={"width": width, "height": 900}, locale="nl-NL")
                    response = page.goto(base + path)
                    target = directory / f"{name}.png"
                    page.screenshot(path=str(target), full_page=full_page or width == PHONE)
                    page.close()
                    self.stdout.write(f"{target}  ({response.status if response else '?'}) {path}")
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
