"""Contract: the pipeline's publication policy is the standard's `publish` column, and nothing else.

Fails when an attribute has no policy, when a `geanonimiseerd` field bypasses the anonymisation engine,
when a public read-model column has no attribute (and is not one of the few listed in readmodel.schema),
or when a `gegeneraliseerd` field has no generalisation step.
"""

import json

import pyarrow.parquet as pq
import pytest

from openklachten import standard
from openklachten.anonymisation import structured
from openklachten.publication import readmodel
from openklachten.publication.readmodel import schema
from openklachten.registry import components, records
from openklachten.registry.models import Complaint
from openklachten.standard import policy

ATTRIBUTES = [a.machine_name for a in standard.load().attributes]


@pytest.mark.parametrize("name", ATTRIBUTES)
def test_every_attribute_has_exactly_one_policy(name):
    attribute = standard.load().attribute(name)
    assert attribute.publish in policy.PUBLISH_VALUES, f"{name}: publish={attribute.publish!r} is geen beleid"
    groups = {
        "hash": policy.hashed_fields(),
        "geanonimiseerd": policy.anonymised_fields(),
        "gegeneraliseerd": policy.generalised_fields(),
        "zoals aangeleverd": [n for n in policy.structured_fields() if n not in policy.generalised_fields()],
        "link": policy.link_fields(),
        "organisatie": policy.organisation_fields(),
    }
    assert [group for group, names in groups.items() if name in names] != [], name
    assert len([group for group, names in groups.items() if name in names]) == 1, name


def test_the_registry_stores_every_attribute_it_may_publish_and_no_hashed_one():
    stored = {f.name for f in Complaint._meta.get_fields()}
    for name in ATTRIBUTES:
        if name in policy.hashed_fields():
            assert name not in stored, f"{name} is 'hash' en mag niet als zodanig worden bewaard"
        elif name in policy.FREE_NAME_COLUMNS:
            assert {policy.FREE_NAME_COLUMNS[name], f"{name}_uri"} <= stored
        elif name != "gerelateerde_klacht_organisatie":  # it only enters the keyed hash of the related complaint
            assert name in stored, f"{name} heeft geen kolom in Complaint"


def test_every_text_bearing_field_has_a_rule():
    """Free text is anonymised, links and private body names are checked whole, case numbers hashed,
    and an open code's explanation ('Anders, namelijk ...') is dropped at intake."""
    ruled = set(policy.anonymised_fields()) | set(policy.link_fields()) | set(policy.hashed_fields())
    ruled |= set(policy.FREE_NAME_COLUMNS) | {"gerelateerde_klacht_organisatie"}
    open_codes = {n for n in policy.text_bearing_fields() if policy.open_codes(n)}
    assert set(policy.text_bearing_fields()) == ruled | open_codes


def test_every_anonymised_field_goes_through_the_importer_s_engine_path():
    assert set(policy.anonymised_fields()) <= set(records.TEXT_FIELDS)
    assert set(policy.link_fields()) <= set(records.TEXT_FIELDS)
    assert set(records.FREE_NAMES) == set(policy.FREE_NAME_COLUMNS.values())
    assert set(schema.TEXT_FIELDS) == set(policy.free_text_fields())


def test_no_anonymised_field_bypasses_the_engine(db, tmp_path, publish, monkeypatch):
    """Behaviour, not lists: every geanonimiseerd value of a real import is sent to the engine, and what the
    registry stores is the engine's output (or nothing, when withheld or waiting for review)."""
    from openklachten.registry.importer import import_delivery
    from openklachten.registry.organisations import ensure_organisations

    from .conftest import PLANT_BASE, leave_empty_readmodel

    sent = []
    real = components.anonymise_texts

    def spy(items):
        outcomes = real(items)
        sent.extend(zip([text for text, _ in items], outcomes, strict=False))
        return outcomes

    monkeypatch.setattr(components, "anonymise_texts", spy)
    record = dict(PLANT_BASE, klacht_id="CONTRACT-1")
    record.update({name: f"Tekst voor {name} van de heer Bakhuizen." for name in policy.anonymised_fields()})
    path = tmp_path / "contract.json"
    path.write_text(json.dumps({"klachten": [record]}), encoding="utf-8")
    ensure_organisations({"gm0599"})
    assert publish(import_delivery, path, "gm0599").ok
    by_text = dict(sent)
    complaint = Complaint.objects.get()
    for name in policy.anonymised_fields():
        assert record[name] in by_text, f"{name} is niet door de anonimiseerder gegaan"
        assert getattr(complaint, name) in ("", by_text[record[name]].text), name
        assert "Bakhuizen" not in getattr(complaint, name), name
    leave_empty_readmodel()


def test_every_public_column_has_an_attribute_or_is_listed():
    from_attributes = {
        c
        for n in ATTRIBUTES
        if n not in policy.hashed_fields() or n in policy.PUBLIC_COLUMNS_OF
        for c in policy.public_columns(n)
    }
    listed = set(schema.IDENTITY_COLUMNS) | set(schema.DERIVED_COLUMNS)
    assert set(schema.PUBLIC_COLUMNS) == from_attributes | listed
    assert not set(schema.PUBLIC_COLUMNS) & set(policy.hashed_fields())
    assert not set(schema.PUBLIC_COLUMNS) & set(schema.INTERNAL_COLUMNS)


def test_the_built_read_model_has_exactly_the_declared_columns(db):
    """What a real build writes (not only what schema.py says): public columns plus the internal ones."""
    generation = readmodel.rebuild()
    columns = pq.read_schema(generation.path / "klachten.parquet").names
    assert set(columns) == set(schema.PUBLIC_COLUMNS) | set(schema.INTERNAL_COLUMNS)


def test_every_generalised_field_has_a_generalisation_step():
    assert set(structured.QUASI_IDENTIFIERS) == set(policy.generalised_fields())
    assert set(structured.SUPPRESSION_ORDER) == set(policy.generalised_fields())
    ages = standard.load().codelist("leeftijdsgroep")
    assert set(structured.WIDER_AGE) | set(structured.WIDER_AGE.values()) <= set(ages.codes)
