"""Profiles formeel/informeel say what is required, conditionally required, not applicable or fixed."""


def test_formal_complaint_requirements(standard):
    formeel = standard.profile("formeel")
    assert {"klacht_id", "ontvangstdatum", "gedraging", "themas"} <= set(formeel.always_required)
    assert formeel.conditional["conclusie"] == ("status", "afgehandeld")
    assert formeel.is_required("conclusie", {"status": "afgehandeld"})
    assert not formeel.is_required("conclusie", {"status": "in-behandeling"})
    assert not formeel.is_required("aanbevelingen", {"status": "afgehandeld"})


def test_informal_complaint_requirements(standard):
    informeel = standard.profile("informeel")
    assert "gedraging" not in informeel.required
    assert informeel.is_required("ontvangstdatum")
    assert informeel.is_required("datum_afhandeling", {"status": "afgehandeld"})


def test_v02_requirements_differ_from_1_0(standard):
    formeel = standard.profile("formeel")
    assert "beantwoordingstermijn" in formeel.required_v02()
    assert "beantwoordingstermijn" not in formeel.required
    assert "klacht_id" not in formeel.required_v02()


def test_version_detection(standard):
    assert standard.version_of(["ontvangstdatum", "status"]) == "0.2"
    assert standard.version_of(["ontvangstdatum", "datum_afhandeling"]) == "1.0"


def test_find_attribute_by_any_header(standard):
    assert standard.find_attribute("ONTVANGSTDATUM ").machine_name == "ontvangstdatum"
    assert standard.find_attribute("Verlenging beantwoordingstermijn").machine_name == "verdaagd"
    assert standard.find_attribute("verdaagd").machine_name == "verdaagd"
    assert standard.find_attribute("Themas").machine_name == "themas"
    assert standard.find_attribute("Bijzonderheden verantwoordelijk bestuursorgaan").machine_name == (
        "bijzonderheden_bestuursorgaan"
    )
    assert standard.find_attribute("Schoenmaat") is None
