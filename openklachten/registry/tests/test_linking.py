from django.test import override_settings

from openklachten.registry import linking


def test_key_is_stable_and_normalised():
    key = linking.klacht_key("gm0363", "Z-2024-001")
    assert len(key) == 64
    assert linking.klacht_key("https://identifier.overheid.nl/tooi/id/gemeente/gm0363", " z-2024-001 ") == key
    assert linking.klacht_key("GM0363", "Z-2024-001") == key


def test_key_differs_per_organisation_and_case():
    assert linking.klacht_key("gm0363", "1") != linking.klacht_key("gm0599", "1")
    assert linking.klacht_key("gm0363", "1") != linking.klacht_key("gm0363", "2")


def test_key_depends_on_the_server_secret():
    key = linking.klacht_key("gm0363", "Z-1")
    with override_settings(LINK_SECRET="een-ander-geheim"):
        assert linking.klacht_key("gm0363", "Z-1") != key


def test_related_key_equals_the_first_line_key():
    assert linking.gerelateerde_klacht_key("gm0363", "Z-1") == linking.klacht_key("gm0363", "Z-1")
    assert linking.gerelateerde_klacht_key("", "Z-1") == ""
    assert linking.gerelateerde_klacht_key("gm0363", "") == ""


def test_public_ids_differ_when_the_secret_differs():
    key_a = linking.klacht_key("gm0363", "Z-1")
    with override_settings(LINK_SECRET="een-ander-geheim"):
        key_b = linking.klacht_key("gm0363", "Z-1")
    assert linking.public_id(key_a) != linking.public_id(key_b)
    assert len(linking.public_id(key_a)) == 10 and linking.public_id(key_a).isalnum()


SIX_DIGITS = range(1_000_000)  # a low-entropy case-number space: every number an organisation could have used


def _public_ids(secret: str) -> dict[str, int]:
    with override_settings(LINK_SECRET=secret):
        return {linking.public_id(linking.klacht_key("gm0363", number)): number for number in SIX_DIGITS}


def test_no_public_id_collisions_and_no_reversal_without_the_secret():
    """1M case numbers give 1M distinct public ids; only with the secret can a public id be traced back.

    The enumeration below takes seconds: that is why the link secret must be secret (and never a default).
    """
    secret = "het-echte-geheim-van-de-server"
    with override_settings(LINK_SECRET=secret):
        published = linking.public_id(linking.klacht_key("gm0363", 483_920))
    with_secret = _public_ids(secret)
    assert len(with_secret) == len(SIX_DIGITS)  # no collisions
    assert with_secret[published] == 483_920  # with the secret: reversible by brute force
    assert published not in _public_ids("dev-only-link-secret-change-me")  # a guessed secret finds nothing
