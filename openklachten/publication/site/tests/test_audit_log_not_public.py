"""The publishers' audit log is never public: no page, API response, download or catalogue shows it (issue 13)."""

import pytest
from django.contrib.auth import get_user_model

from openklachten.publication import readmodel
from openklachten.registry import audit
from openklachten.registry.models import AuditAction

MARKER_USER = "logboekspoor"  # the actor's name; would show up wherever an entry leaked
MARKER_TOKEN = "okt_logspoor9"

PUBLIC_URLS = (
    "/",
    "/klachten",
    "/vergelijken",
    "/organisaties",
    "/organisaties/gm0363",
    "/open-data",
    "/api/v1/klachten",
    "/api/v1/aanleveringen",
    "/api/v1/organisaties",
    "/api/v1/organisaties/gm0363",
    "/api/v1/openapi.json",
    "/downloads/",
    "/downloads/klachten.csv",
    "/downloads/klachten.jsonl",
    "/downloads/klachten-gm0363.csv",
    "/catalogus.ttl",
    "/catalogus.jsonld",
)


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


@pytest.mark.django_db
def test_no_public_channel_shows_the_audit_log(client, public_dataset):
    amsterdam = public_dataset["amsterdam"]
    user = get_user_model().objects.create_user(MARKER_USER, password="x-geheim-1")
    delivery = public_dataset["deliveries"][0]
    with audit.acting_as(user=user):
        audit.record(AuditAction.TOKEN_CREATED, amsterdam, token=MARKER_TOKEN)
        audit.record(AuditAction.DELIVERY_WITHDRAWN, amsterdam, delivery=delivery, klachten=40)
    readmodel.rebuild()  # the public copy after the logged actions: it must not carry them either
    for url in PUBLIC_URLS:
        response = client.get(url, HTTP_ACCEPT="application/json" if url == "/downloads/" else "*/*")
        assert response.status_code == 200, url
        body = _body(response)
        assert MARKER_USER not in body and MARKER_TOKEN not in body, url
        assert "Logboek" not in body and "logboek" not in body, url
    tables = {row[0] for row in readmodel.connect().execute("SHOW TABLES").fetchall()}
    assert not {name for name in tables if "audit" in name or "logboek" in name}, tables
    assert client.get("/aanleveren/logboek/").status_code == 302  # only after logging in, own organisation
