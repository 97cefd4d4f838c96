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


def test_case_id_does_not_appear_in_key_or_public_id():
    key = linking.klacht_key("gm0363", "123456")
    assert "123456" not in key
    assert "123456" not in linking.public_id(key)


def test_related_key_equals_the_first_line_key():
    assert linking.gerelateerde_klacht_key("gm0363", "Z-1") == linking.klacht_key("gm0363", "Z-1")
    assert linking.gerelateerde_klacht_key("", "Z-1") == ""
    assert linking.gerelateerde_klacht_key("gm0363", "") == ""


def test_public_id_is_short_and_stable():
    key = linking.klacht_key("gm0363", "Z-1")
    assert linking.public_id(key) == linking.public_id(key)
    assert len(linking.public_id(key)) == 10
