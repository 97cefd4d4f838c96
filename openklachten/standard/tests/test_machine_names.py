"""Machine names are the contract with the registry: exactly those of docs/architecture.md and the model."""

import re

from django.apps import apps

from .conftest import REPO_ROOT


def architecture_names():
    text = (REPO_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("### Record machine names", 1)[1].split("###", 1)[0]
    body = section.split("\n", 1)[1]
    return re.findall(r"`([a-z0-9_]+)`", body)


def test_attributes_are_exactly_the_architecture_machine_names(standard):
    documented = [n for n in architecture_names() if n not in {"bestuursorgaan_uri", "bestuursorgaan_naam"}]
    assert [a.machine_name for a in standard.attributes] == documented


def test_every_attribute_is_a_complaint_field(standard):
    fields = {f.name for f in apps.get_model("registry", "Complaint")._meta.get_fields()}
    stored_elsewhere = {
        "klacht_id": "klacht_key",
        "gerelateerde_klacht_id": "gerelateerde_klacht_key",
        "gerelateerde_klacht_organisatie": "gerelateerde_klacht_key",
        "bestuursorgaan": "bestuursorgaan_uri",
    }
    for attribute in standard.attributes:
        assert stored_elsewhere.get(attribute.machine_name, attribute.machine_name) in fields, attribute.machine_name


def test_machine_names_are_snake_case_and_unique(standard):
    names = [a.machine_name for a in standard.attributes] + [f.machine_name for f in standard.metadata_fields]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names)
    assert len({a.machine_name for a in standard.attributes}) == len(standard.attributes)


def test_every_referenced_codelist_exists_and_has_codes(standard):
    for attribute in standard.attributes:
        if attribute.type in {"code", "codes", "boolean"}:
            assert attribute.codelist, attribute.machine_name
        if attribute.codelist:
            assert len(standard.codelist(attribute.codelist)) > 0, attribute.codelist
