"""The delivery API for systems, with real tokens, a real database and the real import job."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection

from openklachten.registry.factories import make_organisation
from openklachten.registry.jobs.runner import run_pending
from openklachten.registry.models import ApiToken, Complaint, Delivery, Submission
from openklachten.registry.tests.conftest import PII, complaint_row, write_delivery

pytestmark = pytest.mark.django_db(transaction=True)  # jobs are enqueued on commit, as in production

URL = "/api/v1/aanleveringen"


@pytest.fixture
def amsterdam():
    return make_organisation("gm0363", "Gemeente Amsterdam", "gemeente")


@pytest.fixture
def utrecht():
    return make_organisation("gm0344", "Gemeente Utrecht", "gemeente")


def new_token(organisation) -> str:
    """A token made the way an administrator does on the command line: the last line of stdout."""
    out = io.StringIO()
    call_command("token", "create", "--organisation", organisation.code, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip().splitlines()[-1]


def auth(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def post_file(client, token, path, **headers):
    with open(path, "rb") as handle:
        return client.post(URL, {"bestand": handle}, **auth(token), **headers)


def post_json(client, token, document, **headers):
    return client.post(URL, json.dumps(document), content_type="application/json", **auth(token), **headers)


def test_without_a_valid_token_nothing_is_accepted(client, amsterdam, tmp_path):
    path = write_delivery(tmp_path / "k.csv", [complaint_row(1)])
    with open(path, "rb") as handle:
        response = client.post(URL, {"bestand": handle})
    assert response.status_code == 401 and response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in response.json()["detail"]
    assert post_file(client, "okt_verzonnen", path).status_code == 401
    token = new_token(amsterdam)
    ApiToken.objects.get().revoke()
    assert post_file(client, token, path).status_code == 401
    assert not Submission.objects.exists()


def test_a_file_is_accepted_at_once_and_the_status_resource_holds_the_report(client, amsterdam, tmp_path):
    token = new_token(amsterdam)
    rows = [complaint_row(1, ontvangwijze="mail"), complaint_row(2, gedraging=f"{PII['naam']} belde boos.")]
    response = post_file(client, token, write_delivery(tmp_path / "k.csv", rows))
    assert response.status_code == 202
    location = response["Location"]
    body = response.json()
    assert location.endswith(f"{URL}/{body['id']}") and body["status"] == "wachtrij" and "rapport" not in body
    assert client.get(location, **auth(token)).json()["status"] == "wachtrij"

    assert run_pending() == 2  # the import, then the read-model rebuild it queued
    done = client.get(location, **auth(token))
    assert done.status_code == 200
    report = done.json()["rapport"]
    assert (report["nieuw"], report["bijgewerkt"], report["fouten"]) == (2, 0, [])
    [notice] = report["meldingen"]
    assert notice["code"] == "gelezen_als" and '"mail" is gelezen als "E-mail"' in notice["melding"]
    assert done.json()["aanlevering"] == Delivery.objects.get().pk
    assert Complaint.objects.filter(organisation=amsterdam).count() == 2
    assert PII["naam"] not in json.dumps(done.json())


def test_json_records_in_machine_names(client, amsterdam):
    token = new_token(amsterdam)
    document = {
        "metadata": {"contact": "klachten@amsterdam.nl"},
        "klachten": [complaint_row(1, type_klager="burger"), complaint_row(2)],
    }
    response = post_json(client, token, document)
    assert response.status_code == 202, response.content
    run_pending()
    status = client.get(response["Location"], **auth(token)).json()
    assert status["status"] == "verwerkt" and status["rapport"]["nieuw"] == 2
    assert any('"burger" is gelezen als "Individu"' in n["melding"] for n in status["rapport"]["meldingen"])
    assert Delivery.objects.get().metadata["contact"] == "klachten@amsterdam.nl"


def test_a_rejected_delivery_is_problem_json_with_the_validators_errors(client, amsterdam, tmp_path):
    token = new_token(amsterdam)
    rows = [complaint_row(1), complaint_row(2, ontvangstdatum="gisteren")]
    response = post_file(client, token, write_delivery(tmp_path / "k.csv", rows))
    run_pending()
    status = client.get(response["Location"], **auth(token))
    assert status.status_code == 422 and status["Content-Type"] == "application/problem+json"
    body = status.json()
    assert body["status"] == 422 and "niets opgeslagen" in body["detail"]
    [error] = body["aanlevering"]["rapport"]["fouten"]
    assert (error["rij"], error["kolom"], error["waarde"]) == (3, "Ontvangstdatum", "gisteren")
    assert error["code"] and error["melding"]
    assert body["aanlevering"]["status"] == "afgekeurd"
    assert not Complaint.objects.exists() and not Delivery.objects.exists()


def test_a_repeated_request_with_the_same_idempotency_key_changes_nothing(client, amsterdam, tmp_path):
    token = new_token(amsterdam)
    path = write_delivery(tmp_path / "k.csv", [complaint_row(1)])
    first = post_file(client, token, path, HTTP_IDEMPOTENCY_KEY="levering-2024-q1")
    run_pending()
    again = post_file(client, token, path, HTTP_IDEMPOTENCY_KEY="levering-2024-q1")
    assert again.status_code == 202 and again["Location"] == first["Location"]
    assert again["Idempotent-Replayed"] == "true" and again.json()["status"] == "verwerkt"
    assert run_pending() == 0
    assert Submission.objects.count() == 1 and Delivery.objects.count() == 1
    other = write_delivery(tmp_path / "ander.csv", [complaint_row(2)])
    conflict = post_file(client, token, other, HTTP_IDEMPOTENCY_KEY="levering-2024-q1")
    assert conflict.status_code == 422 and "al gebruikt" in conflict.json()["detail"]
    assert Submission.objects.count() == 1
    json_first = post_json(client, token, {"klachten": [complaint_row(3)]}, HTTP_IDEMPOTENCY_KEY="json-1")
    json_again = post_json(client, token, {"klachten": [complaint_row(3)]}, HTTP_IDEMPOTENCY_KEY="json-1")
    assert json_first["Location"] == json_again["Location"] and Submission.objects.count() == 2


def test_a_token_of_one_organisation_never_acts_for_another(client, amsterdam, utrecht, tmp_path):
    token_a, token_b = new_token(amsterdam), new_token(utrecht)
    mine = post_file(client, token_a, write_delivery(tmp_path / "a.csv", [complaint_row(1)]))
    run_pending()
    # B cannot read A's report nor withdraw A's delivery; A's delivery's existence is not even confirmed.
    assert client.get(mine["Location"], **auth(token_b)).status_code == 404
    assert client.delete(mine["Location"], **auth(token_b)).status_code == 404
    assert Complaint.published.filter(organisation=amsterdam).count() == 1
    # B cannot deliver for A: not by naming A, not with records whose bestuursorgaan is A.
    named = post_json(client, token_b, {"organisatie": "gm0363", "klachten": [complaint_row(2)]})
    assert named.status_code == 403 and "Gemeente Utrecht" in named.json()["detail"]
    records = post_json(client, token_b, {"klachten": [complaint_row(2)]})  # bestuursorgaan = gm0363
    assert records.status_code == 403 and "Gemeente Amsterdam" in records.json()["detail"]
    with open(write_delivery(tmp_path / "b.csv", [complaint_row(3)]), "rb") as handle:
        form = client.post(URL, {"bestand": handle}, **auth(token_b))
    assert form.status_code == 403
    with open(write_delivery(tmp_path / "c.csv", [complaint_row(4)]), "rb") as handle:
        form = client.post(URL, {"bestand": handle, "organisatie": "gm0363"}, **auth(token_b))
    assert form.status_code == 403
    assert Submission.objects.count() == 1 and not Complaint.objects.filter(organisation=utrecht).exists()
    own = complaint_row(
        5, bestuursorgaan="https://identifier.overheid.nl/tooi/id/gemeente/gm0344", woonplaats_klager="GM0344"
    )
    assert post_json(client, token_b, {"organisatie": "gm0344", "klachten": [own]}).status_code == 202


def test_withdrawal_through_the_api(client, amsterdam, tmp_path):
    token = new_token(amsterdam)
    response = post_file(client, token, write_delivery(tmp_path / "k.csv", [complaint_row(1), complaint_row(2)]))
    too_early = client.delete(response["Location"], **auth(token))
    assert too_early.status_code == 409
    run_pending()
    assert Complaint.published.count() == 2
    withdrawn = client.delete(response["Location"], **auth(token))
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "ingetrokken"
    assert Complaint.published.count() == 0
    assert client.delete(response["Location"], **auth(token)).json()["status"] == "ingetrokken"


def test_tokens_are_stored_hashed_and_made_in_the_admin(client, amsterdam, django_user_model):
    plain = new_token(amsterdam)
    stored = ApiToken.objects.get()
    assert plain.startswith("okt_") and len(plain) > 40 and stored.key_hash != plain
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM registry_apitoken")
        assert plain not in repr(cursor.fetchall())
    django_user_model.objects.create_superuser("beheer", password="beheer-wachtwoord")
    client.login(username="beheer", password="beheer-wachtwoord")
    response = client.post(
        "/beheer/registry/apitoken/add/", {"organisation": amsterdam.pk, "name": "Zaaksysteem"}, follow=True
    )
    page = response.content.decode()
    made = ApiToken.objects.get(name="Zaaksysteem")
    shown = page.split("voor Gemeente Amsterdam: ", 1)[1].split(" ", 1)[0]
    assert shown.startswith(made.prefix) and ApiToken.find(shown) == made
    detail = client.get(f"/beheer/registry/apitoken/{made.pk}/change/").content.decode()
    assert shown not in detail and made.key_hash not in detail
    client.logout()
    assert post_json(client, shown, {"klachten": [complaint_row(1)]}).status_code == 202


def test_bad_requests_get_a_dutch_problem(client, amsterdam):
    token = new_token(amsterdam)
    assert client.post(URL, "geen json", content_type="application/json", **auth(token)).status_code == 400
    assert post_json(client, token, {"klachten": []}).status_code == 400
    wrong = client.post(URL, "a,b", content_type="text/csv", **auth(token))
    assert wrong.status_code == 415 and "multipart/form-data" in wrong.json()["detail"]
    assert client.get(f"{URL}/00000000-0000-0000-0000-000000000000", **auth(token)).status_code == 404


def test_the_json_example_in_the_docs_is_accepted(client, utrecht):
    from openklachten.standard.generation import REPO_ROOT

    text = (REPO_ROOT / "docs" / "aanleveren-api.md").read_text(encoding="utf-8")
    document = json.loads(text.split("-d '", 1)[1].split("'", 1)[0])
    token = new_token(utrecht)
    response = post_json(client, token, document)
    assert response.status_code == 202, response.content
    run_pending()
    status = client.get(response["Location"], **auth(token)).json()
    assert status["status"] == "verwerkt", status.get("aanlevering", {}).get("rapport", {}).get("fouten")
    assert {n["waarde"] for n in status["rapport"]["meldingen"]} >= {"mail", "burger"}
