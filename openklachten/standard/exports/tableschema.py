"""Frictionless Data Package with a Table Schema for a CSV of complaints (machine names, codes)."""

from __future__ import annotations

import copy
import json

from .. import load
from ..types import TYPES
from . import register

LICENSE = {
    "name": "CC0-1.0",
    "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    "title": "Creative Commons Zero v1.0 Universal",
}


def field(standard, attribute, required: bool) -> dict:
    result = {"name": attribute.machine_name, "title": attribute.label, "description": attribute.description}
    result.update(copy.deepcopy(TYPES[attribute.type].table))
    constraints = result.setdefault("constraints", {})
    if attribute.codelist and attribute.type == "code":
        constraints["enum"] = list(standard.codelist(attribute.codelist).codes)
    if attribute.type == "codes":
        # Table Schema v1 has no list type: codes separated by ';' (see the code-list resource).
        codes = "|".join(_escape(c) for c in standard.codelist(attribute.codelist).codes)
        constraints["pattern"] = f"({codes})(;({codes}))*"
    if required:
        constraints["required"] = True
    if attribute.max_length:
        constraints["maxLength"] = attribute.max_length
    if not constraints:
        del result["constraints"]
    if attribute.example:
        result["example"] = attribute.example
    if attribute.label_v02:
        result["x-label-v02"] = attribute.label_v02
    return result


def _escape(code: str) -> str:
    return "".join("\\" + ch if ch in r".+*?()[]{}|\^$" else ch for ch in code)


def codelist_resource(codelist) -> dict:
    return {
        "name": f"codelijst-{codelist.name}".replace("_", "-"),
        "title": f"Codelijst {codelist.name}",
        "profile": "tabular-data-resource",
        "data": [{"code": c.code, "label": c.label} for c in codelist],
        "schema": {
            "fields": [{"name": "code", "type": "string"}, {"name": "label", "type": "string"}],
            "primaryKey": ["code"],
        },
    }


def package(standard=None) -> dict:
    standard = standard or load()
    required_everywhere = set.intersection(*(set(p.always_required) for p in standard.profiles.values()))
    fields = [field(standard, a, a.machine_name in required_everywhere) for a in standard.attributes]
    used = sorted({a.codelist for a in standard.attributes if a.codelist})
    return {
        "profile": "tabular-data-package",
        "name": "open-klachten",
        "title": f"Open Klachten Datastandaard {standard.version}",
        "description": (
            "Klachten volgens de Open Klachten Datastandaard: één rij per klacht, kolommen met de machinenamen, "
            "codes uit de codelijsten, datums als jjjj-mm-dd, meerdere thema's gescheiden door een puntkomma. "
            "Welke velden per profiel (formeel/informeel) verplicht zijn staat in klachten.schema.json en "
            "datastandaard.md."
        ),
        "version": standard.version + ".0",
        "licenses": [LICENSE],
        "keywords": ["klachten", "klachtrecht", "ombudsman", "bestuursorgaan", "Awb hoofdstuk 9"],
        "resources": [
            {
                "name": "klachten",
                "path": "klachten.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "missingValues": [""], "primaryKey": ["klacht_id"]},
            },
            *(codelist_resource(standard.codelist(name)) for name in used),
        ],
    }


@register("tableschema", "datapackage.json", "Frictionless Data Package met Table Schema")
def build() -> str:
    return json.dumps(package(), ensure_ascii=False, indent=2) + "\n"
