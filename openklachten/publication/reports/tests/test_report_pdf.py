"""The PDF: same content as the page, A4, tagged, with the key figures in its text (read back with pdftotext)."""

import re
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


def _pdf_text(content: bytes, tmp_path, layout=False) -> str:
    path = tmp_path / "verslag.pdf"
    path.write_bytes(content)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_pdf_holds_the_key_figures(client, data, tmp_path):
    response = client.get("/organisaties/gm0363/jaarverslag/2024.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(_pdf_text(response.content, tmp_path).split())
    assert "Klachtenjaarverslag 2024" in text
    assert "In 2024 ontving Gemeente Amsterdam 40 klachten." in text
    assert "Van de 32 formele klachten met een inhoudelijk oordeel was 50% gegrond of deels gegrond (16)." in text
    assert "Pagina 1 van" in text
    assert "parkeervergunning" not in text  # no free text of a complaint


def test_pdf_is_a4_tagged_with_title_and_a_table_of_contents(client, data, tmp_path):
    content = client.get("/organisaties/gm0363/jaarverslag/2024.pdf").content
    path = tmp_path / "verslag.pdf"
    path.write_bytes(content)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    assert "595.276 x 841.89 pts (A4)" in info
    assert "Klachtenjaarverslag 2024 – Gemeente Amsterdam" in info
    layout = _pdf_text(content, tmp_path, layout=True)
    assert re.search(r"Samenvatting \.+ ?1", layout)


def test_quarter_and_national_pdfs(client, data, tmp_path):
    assert client.get("/organisaties/gm0363/kwartaalrapportage/2024-K2.pdf").status_code == 200
    text = " ".join(_pdf_text(client.get("/jaarbeeld/2024/gemeente.pdf").content, tmp_path).split())
    assert "Jaarbeeld klachten 2024" in text and "alle gemeenten samen 46 klachten" in text
