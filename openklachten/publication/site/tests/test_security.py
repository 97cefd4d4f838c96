"""Security hardening as a visitor, an attacker and an operator meet it: CSP, framing, caching, lockout, limits."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from openklachten.registry.models import Organisation, Publisher

PUBLIC_PAGES = [
    "/",
    "/klachten",
    "/vergelijken",
    "/kaart",
    "/organisaties",
    "/standaard",
    "/over",
    "/aanleveren/inloggen/",
    "/beheer/login/",
]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_page_has_a_strict_csp_and_no_inline_script_or_style(client, public_dataset, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and response["X-Frame-Options"] == "DENY"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    html = response.content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all("src=" in tag for tag in scripts), scripts  # every script is a file of our own origin
    assert not re.search(r"\son[a-z]+\s*=", html)  # no inline event handlers
    assert not re.search(r"\sstyle\s*=", html)  # no inline style attributes (style-src 'self' would block them)


def test_embed_pages_may_be_framed_by_anyone_the_rest_not(client, public_dataset):
    response = client.get("/embed/conclusies")
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in response


def test_publisher_pages_are_never_cached(client, public_dataset):
    response = client.get("/aanleveren/inloggen/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "no-store" not in client.get("/over").get("Cache-Control", "")


BAD_HOST_SCRIPT = """
import django
django.setup()
from django.test import Client
client = Client()
print(",".join(sorted({str(client.get("/", HTTP_HOST="aanvaller.example").status_code) for _ in range(50)})))
"""


def test_a_foreign_host_header_gets_a_quiet_400(tmp_path):
    """50 requests with a forged Host: each a 400, and not one line in the log (it used to be a traceback each)."""
    env = dict(os.environ, OPENKLACHTEN_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="openklachten.config.settings")
    done = subprocess.run([sys.executable, "-c", BAD_HOST_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "400"
    assert done.stderr == ""


@pytest.fixture
def coordinator(db):
    organisation = Organisation.objects.create(code="gm0363", name="Gemeente Amsterdam", type="gemeente")
    user = get_user_model().objects.create_user("coordinator", password="het-goede-wachtwoord", is_staff=True)
    Publisher.objects.create(user=user, organisation=organisation)
    cache.clear()
    return user


@pytest.mark.parametrize("login_url", ["/aanleveren/inloggen/", "/beheer/login/"])
def test_repeated_wrong_passwords_lock_the_login_until_staff_lifts_it(client, coordinator, settings, login_url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        wrong = client.post(login_url, {"username": "coordinator", "password": "fout"})
        assert wrong.status_code == 200  # the form again, with its error
    assert client.post(login_url, {"username": "coordinator", "password": "fout"}).status_code == 429
    locked = client.post(login_url, {"username": "coordinator", "password": "het-goede-wachtwoord"})
    assert locked.status_code == 429
    assert "Inloggen tijdelijk geblokkeerd" in locked.content.decode()
    assert "_auth_user_id" not in client.session

    call_command("axes_reset_username", "coordinator")  # the staff member's unlock
    unlocked = client.post(login_url, {"username": "coordinator", "password": "het-goede-wachtwoord"})
    assert unlocked.status_code == 302 and "_auth_user_id" in client.session


def test_lockout_of_one_account_leaves_another_alone(client, coordinator, settings):
    get_user_model().objects.create_user("collega", password="ander-wachtwoord")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/aanleveren/inloggen/", {"username": "coordinator", "password": "fout"})
    other = client.post("/aanleveren/inloggen/", {"username": "collega", "password": "ander-wachtwoord"})
    assert other.status_code == 302


def test_rate_limit_ignores_a_forged_forwarded_for(client, public_dataset):
    cache.clear()
    with override_settings(API_RATE_LIMIT="3/minute", TRUSTED_PROXIES=0):
        statuses = [
            client.get("/api/v1/waardelijsten", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}").status_code for i in range(4)
        ]
    cache.clear()
    assert statuses == [200, 200, 200, 429]


def test_behind_one_trusted_proxy_clients_are_told_apart_by_the_proxys_entry(client, public_dataset):
    cache.clear()
    with override_settings(API_RATE_LIMIT="2/minute", TRUSTED_PROXIES=1):
        # The client forges a first entry; our proxy appends the real peer address last.
        first = [
            client.get("/api/v1/waardelijsten", HTTP_X_FORWARDED_FOR=f"6.6.6.{i}, 192.0.2.1").status_code
            for i in range(3)
        ]
        second = client.get("/api/v1/waardelijsten", HTTP_X_FORWARDED_FOR="192.0.2.2").status_code
    cache.clear()
    assert first == [200, 200, 429] and second == 200


SHARED_LIMIT_SCRIPT = """
import os, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("createcachetable", verbosity=0)
from django.test import Client
print(",".join(str(Client().get("/api/v1/waardelijsten").status_code) for _ in range(int(sys.argv[1]))))
"""


def test_the_api_limit_is_shared_by_separate_processes(tmp_path):
    """Two worker processes on one data directory: the second sees the first one's requests."""
    env = dict(
        os.environ,
        OPENKLACHTEN_DATA_DIR=str(tmp_path),
        OPENKLACHTEN_API_RATE_LIMIT="3/minute",
        DJANGO_SETTINGS_MODULE="openklachten.config.settings",
    )
    env.pop("DATABASE_URL", None)  # a fresh SQLite database of its own in tmp_path

    def run(count):
        done = subprocess.run(
            [sys.executable, "-c", SHARED_LIMIT_SCRIPT, str(count)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.strip().splitlines()[-1].split(",")

    assert run(2) == ["200", "200"]
    assert run(2) == ["200", "429"]


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = dict(
        os.environ,
        OPENKLACHTEN_DATA_DIR=str(tmp_path),
        OPENKLACHTEN_HTTPS="1",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        OPENKLACHTEN_LINK_SECRET=secrets.token_urlsafe(32),
        ALLOWED_HOSTS="klachten.example.nl",
        DJANGO_SETTINGS_MODULE="openklachten.config.settings",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests of this process, never in production
    done = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", ["/aanleveren/", "/api/v1/aanleveringen"])
def test_an_oversized_upload_is_refused_before_its_body_is_read(client, db, path):
    from openklachten.intake.readers import MAX_BYTES

    response = client.post(path, data=b"x", content_type="text/csv", CONTENT_LENGTH=str(MAX_BYTES * 2))
    assert response.status_code == 413
    assert "groter dan 512 MB" in response.content.decode()
    if path.startswith("/api/"):
        assert response["Content-Type"] == "application/problem+json"
