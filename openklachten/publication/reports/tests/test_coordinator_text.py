"""The coordinator adds an introduction in /aanleveren/, publishes it, and it appears in the page and the PDF."""

import re
import shutil
import subprocess

import pytest
from django.contrib.auth import get_user_model

from openklachten.registry.models import Publisher


@pytest.fixture
def coordinator(client, data):
    user = get_user_model().objects.create_user("coordinator", password="geheim-wachtwoord")
    Publisher.objects.create(user=user, organisation=data["amsterdam"])
    client.force_login(user)
    return user


def _page(client, url="/organisaties/gm0363/jaarverslag/2024") -> str:
    return re.sub(r"\s+", " ", client.get(url).content.decode())


def test_concept_is_private_until_published(client, coordinator):
    url = "/aanleveren/jaarverslag/gm0363/2024/"
    response = client.post(
        url,
        {
            "introductie": "<b>Wij</b> kregen minder klachten.<script>x()</script>",
            "conclusie": "",
            "aandachtspunten": "Sneller terugbellen.",
        },
    )
    assert response.status_code == 302
    assert "minder klachten" not in _page(client)
    client.post(
        url,
        {
            "introductie": "Wij kregen minder klachten.",
            "conclusie": "",
            "aandachtspunten": "Sneller terugbellen.",
            "publiceren": "1",
        },
    )
    page = _page(client)
    assert "<p>Wij kregen minder klachten.</p>" in page
    assert "Aandachtspunten voor volgend jaar" in page and "Sneller terugbellen." in page
    assert "<script>x()" not in page and "<b>Wij" not in page


def test_personal_data_is_refused_on_the_form(client, coordinator):
    response = client.post(
        "/aanleveren/jaarverslag/gm0363/2024/", {"introductie": "Vragen? Mail j.devries@gmail.com", "publiceren": "1"}
    )
    assert response.status_code == 400
    assert "persoonlijk e-mailadres" in response.content.decode()
    assert "devries" not in _page(client)


def test_a_correction_keeps_the_replaced_version_reachable(client, coordinator):
    url = "/aanleveren/jaarverslag/gm0363/2024/"
    client.post(url, {"introductie": "Versie een.", "publiceren": "1"})
    client.post(url, {"introductie": "Versie twee.", "publiceren": "1"})
    page = _page(client)
    assert "Versie twee." in page and "Versie een." not in page
    old = re.search(r'href="\?versie=(\d+)"', page)
    assert old
    old_page = _page(client, f"/organisaties/gm0363/jaarverslag/2024?versie={old.group(1)}")
    assert "Versie een." in old_page and "vervangen versie" in old_page
    assert client.get("/organisaties/gm0363/jaarverslag/2024?versie=99999").status_code == 404


def test_other_organisations_texts_are_out_of_reach(client, coordinator):
    assert client.get("/aanleveren/jaarverslag/gm0599/2024/").status_code == 404


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_published_introduction_is_in_the_pdf(client, coordinator, tmp_path):
    client.post(
        "/aanleveren/jaarverslag/gm0363/2024/", {"introductie": "Wij kregen minder klachten.", "publiceren": "1"}
    )
    path = tmp_path / "v.pdf"
    path.write_bytes(client.get("/organisaties/gm0363/jaarverslag/2024.pdf").content)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Wij kregen minder klachten." in text
