"""The report as an accessible PDF: WeasyPrint renders the same content template as the page.

PDF/UA-1 (tagged PDF: headings, tables and reading order in the structure tree; document language and title
from the HTML); A4 with page numbers and a table of contents from CSS (reports/pdf.html). Fonts are the
Debian fonts fontconfig finds (DejaVu Sans). Nothing is fetched over the network: the stylesheet is read from
disk and the charts are inline SVG, so the fetcher refuses every URL.
"""

from pathlib import Path

from weasyprint import CSS, HTML

STYLESHEET = Path(__file__).parent / "pdf.css"
PDF_VARIANT = "pdf/ua-1"  # the accessibility profile WeasyPrint supports; it also switches on pdf_tags


class _NoFetch(Exception):
    pass


def _refuse(url: str, *args, **kwargs):
    raise _NoFetch(f"niet opgehaald: {url}")  # WeasyPrint logs it and skips the resource


def render_pdf(html: str, base_url: str) -> bytes:
    css = CSS(string=STYLESHEET.read_text(encoding="utf-8"))
    return HTML(string=html, base_url=base_url, url_fetcher=_refuse).write_pdf(
        stylesheets=[css], pdf_variant=PDF_VARIANT, pdf_tags=True
    )
