"""JSON Schema (2020-12) of one complaint record: machine names as keys, codes as values."""

from __future__ import annotations

import copy
import json

from .. import load
from ..types import TYPES
from . import register

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PROFILE_FIELD = "formeel_informeel"


def value_schema(standard, attribute) -> dict:
    """Schema for a present, non-empty value of the attribute."""
    schema = copy.deepcopy(TYPES[attribute.type].json)
    if attribute.codelist and attribute.type != "boolean":
        codes = list(standard.codelist(attribute.codelist).codes)
        if attribute.type == "codes":
            schema["items"] = {"enum": codes}
        else:
            schema["enum"] = codes
    return schema


def property_schema(standard, attribute) -> dict:
    """A property may also be null (left empty); requirements forbid null where a value is required."""
    schema = {"title": attribute.label, "description": attribute.description}
    value = value_schema(standard, attribute)
    value["type"] = [value["type"], "null"]
    if "enum" in value:
        value["enum"] = [*value["enum"], None]
    schema.update(value)
    if attribute.max_length:
        schema["maxLength"] = attribute.max_length
    if attribute.example:
        schema["examples"] = [attribute.example]
    if attribute.deprecated:
        schema["deprecated"] = True
    schema["x-label-v02"] = attribute.label_v02 or None
    schema["x-sinds-versie"] = attribute.since_version
    schema["x-publicatie"] = attribute.publish
    if attribute.codelist:
        schema["x-codelijst"] = attribute.codelist
    return schema


def present(standard, names) -> dict:
    """Schema that makes the named properties present and non-empty."""
    properties = {}
    for name in names:
        properties[name] = {"not": {"type": "null"}}
        if standard.attribute(name).is_list:
            properties[name] = {"type": "array", "minItems": 1}
    return {"required": list(names), "properties": properties}


def when(conditions: dict) -> dict:
    return {
        "properties": {name: {"const": value} for name, value in conditions.items()},
        "required": list(conditions),
    }


def profile_rules(standard) -> list[dict]:
    """if/then rules: per profile what is required, required under a condition, or fixed."""
    rules = []
    for profile in standard.profiles.values():
        rules.append({"if": when({PROFILE_FIELD: profile.name}), "then": present(standard, profile.always_required)})
        by_condition: dict[tuple, list] = {}
        for name, condition in profile.conditional.items():
            by_condition.setdefault(condition, []).append(name)
        for (other, code), names in by_condition.items():
            rules.append({"if": when({PROFILE_FIELD: profile.name, other: code}), "then": present(standard, names)})
        for name, code in profile.fixed_values.items():
            rules.append(
                {"if": when({PROFILE_FIELD: profile.name}), "then": {"properties": {name: {"enum": [code, None]}}}}
            )
    for variant in standard.variants:
        for attribute in standard.attributes:
            if attribute.codelist != variant.codelist:
                continue
            codes = list(standard.codelist(variant.variant).codes)
            rules.append(
                {
                    "if": when({variant.when_field: variant.when_value}),
                    "then": {"properties": {attribute.machine_name: {"enum": [*codes, None]}}},
                }
            )
    return rules


def example_value(standard, attribute):
    """The attribute's documented example as a record value (codes, lists, booleans)."""
    text = attribute.example
    if not text:
        return None
    if attribute.type == "boolean":
        return standard.codelist(attribute.codelist).match(text) == "ja"
    if attribute.type == "codes":
        return [standard.codelist(attribute.codelist).match(part) for part in text.split(";")]
    if attribute.codelist:
        return standard.codelist(attribute.codelist).match(text)
    return text


def example_record(standard) -> dict:
    """One record made of every attribute's example: documents the shape and checks the examples."""
    values = {a.machine_name: example_value(standard, a) for a in standard.attributes if not a.deprecated}
    return {name: value for name, value in values.items() if value is not None}


def schema(standard=None) -> dict:
    standard = standard or load()
    both = [
        name
        for name in standard.profile("formeel").always_required
        if all(name in p.always_required for p in standard.profiles.values())
    ]
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "klachten.schema.json",
        "title": f"Open Klachten Datastandaard {standard.version}: klacht",
        "description": (
            "Eén klacht volgens de Open Klachten Datastandaard. Sleutels zijn de machinenamen, waarden van "
            "codelijsten zijn codes (geen labels), datums ISO 8601, ja/nee als true/false, thema's als lijst. "
            "Een leeg veld is afwezig of null. De eisen per profiel (formeel/informeel) staan in allOf."
        ),
        "type": "object",
        "properties": {a.machine_name: property_schema(standard, a) for a in standard.attributes},
        "required": both,
        "additionalProperties": False,
        "allOf": profile_rules(standard),
        "examples": [example_record(standard)],
    }


@register("jsonschema", "klachten.schema.json", "JSON Schema (2020-12) van één klacht")
def build() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
