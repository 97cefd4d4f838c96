"""`openklachten token create|list|revoke`: the token alone on the last line, never shown again."""

import io

import pytest
from django.core.management import CommandError, call_command

from openklachten.registry.models import ApiToken


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("token", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_create_list_and_revoke(db):
    out, err = run("create", "--organisation", "gm0344", "--naam", "Zaaksysteem")
    plain = out.strip().splitlines()[-1]
    assert out.strip() == plain and "Gemeente Utrecht" in err and plain not in err
    token = ApiToken.objects.get()
    assert token.organisation.code == "gm0344" and ApiToken.find(plain) == token
    listed, _ = run("list")
    assert token.prefix in listed and plain not in listed and "actief" in listed
    revoked, _ = run("revoke", token.prefix)
    assert "ingetrokken" in revoked and ApiToken.find(plain) is None
    with pytest.raises(CommandError, match="Geen"):
        run("revoke", token.prefix)


def test_an_unknown_organisation_is_refused(db):
    with pytest.raises(CommandError, match="Onbekende organisatie"):
        run("create", "--organisation", "gm9999")
    assert not ApiToken.objects.exists()
