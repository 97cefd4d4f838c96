"""The coordinator's journey through every real component, on the real database.

Template (standard) -> filled in like a person would -> `openklachten validate` (intake) -> import_delivery
(anonymisation, registry) -> publication_changed -> read model -> site, API, downloads, DCAT; then withdrawn,
and gone from all of them again.
"""

import csv
import io
import json
import re

import pyarrow.parquet as pq
import rdflib
from django.conf import settings

from openklachten.registry.withdrawal import withdraw_delivery

from .conftest import BEVINDINGEN, GEDRAGING, MARKER, ORGANISATION, PII, pii_strings, run_cli

PII_PHONE = PII["telefoon"]

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DOWNLOADS = {  # URL -> how to read it back into rows of dicts
    "/downloads/klachten.csv": "csv",
    "/downloads/klachten-excel.csv": "csv;",
    "/downloads/klachten.jsonl": "jsonl",
    "/downloads/klachten.parquet": "parquet",
}


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_rows(content: bytes, kind: str) -> list[dict]:
    if kind == "parquet":
        return pq.read_table(io.BytesIO(content)).to_pylist()
    if kind == "jsonl":
        return [json.loads(line) for line in content.decode("utf-8").splitlines() if line.strip()]
    text = content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";" if kind == "csv;" else ","))


def overview_total(html: str) -> int:
    found = re.search(r"<dt>Klachten</dt>\s*<dd>([\d.]+)</dd>", html)
    assert found, "het overzicht toont geen totaal aantal klachten"
    return int(found.group(1).replace(".", ""))


def catalogue(client) -> rdflib.Graph:
    response = client.get("/catalogus.ttl")
    assert response.status_code == 200
    return rdflib.Graph().parse(data=body(response).decode("utf-8"), format="turtle")


def dataset_iri(code: str) -> rdflib.URIRef:
    return rdflib.URIRef(f"{settings.PUBLIC_BASE_URL.rstrip('/')}/id/dataset/klachten-{code}")


def assert_no_personal_data(text: str, where: str) -> None:
    leaked = [value for value in pii_strings() if value.lower() in text.lower()]
    assert not leaked, f"{where} bevat persoonsgegevens of het ruwe klacht-ID: {leaked}"


def test_filled_in_template_passes_the_validate_command(template_file):
    done = run_cli("validate", str(template_file))
    assert done.returncode == 0, done.stdout + done.stderr
    assert_no_personal_data(done.stdout + done.stderr, "de uitvoer van openklachten validate")


def test_first_delivery_registers_the_organisation(db, template_file, publish):
    """A coordinator's first delivery: the registry does not know the organisation yet, the reference list does."""
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.models import Organisation

    from .conftest import leave_empty_readmodel

    assert not Organisation.objects.filter(code=ORGANISATION).exists()
    result = publish(import_delivery, template_file, ORGANISATION)
    assert result.ok and result.created == 2
    assert Organisation.objects.get(code=ORGANISATION).name == "Gemeente Amsterdam"
    leave_empty_readmodel()


def test_imported_complaint_is_public_everywhere_and_withdrawal_removes_it(imported, client, publish, caplog):
    caplog.set_level("DEBUG")
    parking, delivery = imported["parking"], imported["delivery"]
    public_id = parking.public_id
    assert imported["result"].created == 2 and imported["result"].in_review == 0

    # The site: overview counts it, search lists it, the detail page shows the anonymised text.
    assert overview_total(client.get("/").content.decode()) == 2
    assert public_id in client.get("/klachten").content.decode()
    detail = client.get(f"/klachten/{public_id}")
    assert detail.status_code == 200
    page = detail.content.decode()
    assert MARKER in page and "[NAAM-1]" in page
    assert_no_personal_data(page, "de detailpagina")

    # The API: list, detail and statistics.
    listing = client.get("/api/v1/klachten").json()
    assert public_id in {row["public_id"] for row in listing["resultaten"]}
    one = client.get(f"/api/v1/klachten/{public_id}")
    assert one.status_code == 200
    assert MARKER in one.json()["bevindingen"]
    assert_no_personal_data(one.content.decode(), "de API-detailrespons")
    statistics = client.get("/api/v1/statistieken").json()
    assert statistics["samenvatting"]["total"] == 2

    # Every bulk format, whole dataset and this delivery.
    for url, kind in DOWNLOADS.items():
        response = client.get(url)
        assert response.status_code == 200, url
        rows = read_rows(body(response), kind)
        mine = [row for row in rows if row["public_id"] == public_id]
        assert len(mine) == 1, url
        assert MARKER in mine[0]["bevindingen"], url
        assert_no_personal_data(body(response).decode("utf-8", "replace"), url)
        per_delivery = url.replace("/downloads/klachten", f"/downloads/aanleveringen/{delivery.id}")
        assert public_id in body(client.get(per_delivery)).decode("utf-8", "replace"), per_delivery

    # The DCAT catalogue describes the organisation's dataset.
    assert (dataset_iri(ORGANISATION), rdflib.RDF.type, DCAT.Dataset) in catalogue(client)

    # Withdraw the delivery: gone from every channel.
    assert publish(withdraw_delivery, delivery) == 2
    assert overview_total(client.get("/").content.decode()) == 0
    assert public_id not in client.get("/klachten").content.decode()
    assert client.get(f"/klachten/{public_id}").status_code in (404, 410)
    assert client.get(f"/api/v1/klachten/{public_id}").status_code in (404, 410)
    assert client.get("/api/v1/klachten").json()["totaal"] == 0
    assert client.get("/api/v1/statistieken").json()["samenvatting"]["total"] == 0
    for url in DOWNLOADS:
        assert public_id not in body(client.get(url)).decode("utf-8", "replace"), url
        per_delivery = url.replace("/downloads/klachten", f"/downloads/aanleveringen/{delivery.id}")
        assert client.get(per_delivery).status_code == 404, per_delivery
    assert (dataset_iri(ORGANISATION), rdflib.RDF.type, DCAT.Dataset) not in catalogue(client)
    assert_no_personal_data(caplog.text, "de logregels")


def test_withdrawing_one_complaint_leaves_the_other(imported, client, publish):
    """Through the command the README names: openklachten withdraw --complaint <publieke id>."""
    from django.core.management import call_command

    parking, youth = imported["parking"], imported["youth"]
    publish(call_command, "withdraw", complaint=parking.public_id)
    parking.refresh_from_db()
    assert parking.state == "ingetrokken" and parking.withdrawn_at is not None
    listing = {row["public_id"] for row in client.get("/api/v1/klachten").json()["resultaten"]}
    assert listing == {youth.public_id}
    assert client.get(f"/klachten/{parking.public_id}").status_code in (404, 410)
    for url, kind in DOWNLOADS.items():
        ids = {row["public_id"] for row in read_rows(body(client.get(url)), kind)}
        assert ids == {youth.public_id}, url


def test_anonymised_text_is_what_gets_published(imported):
    stored = imported["parking"]
    assert stored.gedraging and stored.gedraging != GEDRAGING
    assert stored.bevindingen and stored.bevindingen != BEVINDINGEN
    for token in ("[NAAM-1]", "[BSN-1]", "[IBAN-1]", "[TELEFOON-1]", "[EMAIL-1]", "[KENTEKEN-1]", "[ADRES-1]"):
        assert token in stored.gedraging, token
    assert_no_personal_data(" ".join(str(v) for v in vars(stored).values()), "de opgeslagen klacht")


def test_every_catalogue_download_url_resolves(imported, client):
    """What the catalogue promises a harvester must be there: every downloadURL and accessURL answers 200."""
    base = settings.PUBLIC_BASE_URL.rstrip("/")
    graph = catalogue(client)
    urls = {str(o) for p in (DCAT.downloadURL, DCAT.accessURL) for o in graph.objects(None, p)}
    local = sorted(url for url in urls if url.startswith(base))
    assert any("/downloads/" in url for url in local), urls
    failing = {}
    for url in local:
        response = client.get(url[len(base) :] or "/")
        if response.status_code != 200:
            failing[url] = response.status_code
    assert not failing, failing


def test_ombudsman_second_line_links_to_the_first_line_without_the_case_number(imported, tmp_path, publish, client):
    """The ombudsman names the municipality's own case number; the public sees only the two public ids, linked."""
    from openklachten.registry.importer import import_delivery

    from .conftest import RAW_KLACHT_ID, fill_template, register_organisation

    first = imported["parking"]
    second_line = {
        "Klacht-ID": "NO-H9-2024-31337",
        "Gerelateerde klacht organisatie": "Gemeente Amsterdam",
        "Gerelateerde klacht-ID": RAW_KLACHT_ID,
        "Ontvangstdatum": "15-04-2024",
        "Datum afhandeling": "20-05-2024",
        "Ontvangwijze": "Digitaal formulier",
        "Status": "Afgehandeld",
        "Formeel/informeel": "Formeel",
        "Verlenging beantwoordingstermijn": "Nee",
        "Adviescommissie": "Nee",
        "Eerstelijns/tweedelijns": "Tweedelijns",
        "Bestuursorgaan": "Gemeente Amsterdam",
        "Organisatieonderdeel": "Afdeling Parkeren",
        "Type klager": "Individu",
        "Woonplaats klager": "Amsterdam",
        "Thema's": "Parkeren",
        "Gedraging": "De gemeente betaalde de wegsleepkosten niet terug.",
        "Oorzaak": "Vertraging",
        "Bevindingen": "De gemeente erkende de fout pas na tussenkomst.",
        "Conclusie": "Onderzocht en gegrond",
        "Oordeel klacht": "Gegrond.",
        "Oordeel klachtbehandeling": "Niet behoorlijk.",
        "Afdoeningswijze": "Rapport",
    }
    ombudsman = register_organisation("nationale-ombudsman")
    result = publish(import_delivery, fill_template(tmp_path / "no.xlsx", [second_line]), ombudsman)
    assert result.ok, [(e.column, e.message) for e in result.errors]
    second = result.delivery.complaints.get()

    api = client.get(f"/api/v1/klachten/{second.public_id}").json()
    assert api["gerelateerde_klacht"] == first.public_id
    page = client.get(f"/klachten/{second.public_id}").content.decode()
    assert f'href="/klachten/{first.public_id}"' in page  # the chain on the detail page
    back = client.get(f"/klachten/{first.public_id}").content.decode()
    assert f'href="/klachten/{second.public_id}"' in back
    for url in ("/downloads/klachten.csv", f"/api/v1/klachten/{second.public_id}", f"/klachten/{second.public_id}"):
        text = body(client.get(url)).decode("utf-8", "replace")
        assert RAW_KLACHT_ID not in text and "NO-H9-2024-31337" not in text, url


def test_reimporting_a_corrected_file_updates_in_place(imported, tmp_path, publish, client):
    """A coordinator fixes a typo and delivers again: same public id, one row, the new text everywhere."""
    from openklachten.registry.importer import import_delivery

    from .conftest import fill_template, person_rows

    first = imported["parking"]
    rows = person_rows()
    rows[0]["Oordeel klacht"] = "De klacht is gegrond; de kosten zijn inmiddels terugbetaald (gecorrigeerd)."
    result = publish(import_delivery, fill_template(tmp_path / "correctie.xlsx", rows), ORGANISATION)
    assert result.ok and result.updated == 2 and result.created == 0
    listing = client.get("/api/v1/klachten").json()
    assert listing["totaal"] == 2
    assert client.get(f"/api/v1/klachten/{first.public_id}").json()["oordeel_klacht"].endswith("(gecorrigeerd).")
    rows_out = read_rows(body(client.get("/downloads/klachten.jsonl")), "jsonl")
    assert [r["oordeel_klacht"] for r in rows_out if r["public_id"] == first.public_id] == [
        "De klacht is gegrond; de kosten zijn inmiddels terugbetaald (gecorrigeerd)."
    ]


def test_publisher_uploads_in_the_browser_flow_and_withdraws_again(
    db, template_file, django_capture_on_commit_callbacks, client
):
    """The same journey through /aanleveren/: upload the template, see it published, withdraw it on the web."""
    from django.contrib.auth import get_user_model

    from openklachten.registry.models import Complaint, Publisher

    from .conftest import leave_empty_readmodel, register_organisation

    organisation = register_organisation()
    coordinator = get_user_model().objects.create_user("klachtcoordinator", password="synthetisch-wachtwoord")
    Publisher.objects.create(user=coordinator, organisation=organisation)
    client.force_login(coordinator)

    from openklachten.registry.jobs.imports import import_submission
    from openklachten.registry.models import Submission

    with django_capture_on_commit_callbacks(execute=True):
        with open(template_file, "rb") as handle:
            submitted = client.post("/aanleveren/", {"organisation": organisation.pk, "bestand": handle})
    assert submitted.status_code == 302  # at once: the import is a background job
    with django_capture_on_commit_callbacks(execute=True):
        import_submission.call(submission_id=str(Submission.objects.get().pk))  # what the worker runs
    uploaded = client.get(submitted["Location"])
    assert uploaded.status_code == 200
    assert "Levering opgeslagen: 2 nieuwe" in uploaded.content.decode()
    complaint = Complaint.published.filter(organisation=organisation).order_by("ontvangstdatum").first()
    client.logout()
    assert client.get(f"/api/v1/klachten/{complaint.public_id}").status_code == 200
    assert MARKER in client.get(f"/klachten/{complaint.public_id}").content.decode()

    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/aanleveren/leveringen/{complaint.delivery_id}/intrekken/")
    client.logout()
    assert client.get(f"/api/v1/klachten/{complaint.public_id}").status_code == 404
    assert client.get("/api/v1/klachten").json()["totaal"] == 0
    leave_empty_readmodel()


def test_the_template_on_the_site_is_the_one_the_command_exports(client, tmp_path):
    """A coordinator downloads the template from /standaard or exports it: the same sheets, lists and checks."""
    from openklachten.standard.exports import xlsx_template

    exported = tmp_path / "sjabloon.xlsx"
    done = run_cli("standard", "export", "--format", "xlsx", "--output", str(exported))
    assert done.returncode == 0, done.stderr
    downloaded = client.get("/standaard/publicatiesjabloon.xlsx")
    assert downloaded.status_code == 200
    from_site = xlsx_template.snapshot(body(downloaded))
    assert from_site == xlsx_template.snapshot(exported.read_bytes())
    assert from_site == xlsx_template.snapshot(xlsx_template.build())  # what fill_template starts from


def test_catalogue_service_and_landing_pages_resolve(imported, client):
    """The API service, its description and each dataset's landing page, as the catalogue names them, answer 200."""
    base = settings.PUBLIC_BASE_URL.rstrip("/")
    graph = catalogue(client)
    predicates = (DCAT.endpointURL, DCAT.endpointDescription, DCAT.landingPage)
    urls = sorted({str(o) for p in predicates for o in graph.objects(None, p) if str(o).startswith(base)})
    assert any("/organisaties/" in url for url in urls) and any("/api/v1" in url for url in urls), urls
    failing = {}
    for url in urls:
        response = client.get(url[len(base) :] or "/", follow=True)
        if response.status_code != 200:
            failing[url] = response.status_code
    assert not failing, failing
