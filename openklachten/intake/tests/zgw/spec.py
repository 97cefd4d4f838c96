"""The official ZGW OpenAPI documents (../shared/reference/zgw/) as a checker for requests and responses.

Requests: every query parameter must be declared for the operation, with a valid type and enum value,
and the required headers (Accept-Crs) must be sent. Responses: validated with jsonschema against the
operation's 200 schema (OpenAPI 3.0 `nullable` translated; references outside the document accepted as is).
"""

import copy
import functools
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from openklachten.standard.generation import REPO_ROOT

REFERENCE = REPO_ROOT.parent / "shared" / "reference" / "zgw"
EXAMPLES = REFERENCE / "examples"
RECORDED = Path(__file__).parent / "recorded"
DOCUMENTS = {"/zaken/api/v1": "zaken-api-openapi.yaml", "/catalogi/api/v1": "catalogi-api-openapi.yaml"}


@functools.cache
def document(name: str) -> dict:
    path = REFERENCE / name
    if not path.exists():
        pytest.fail(f"{path} ontbreekt: de ZGW-referentie hoort naast de repository in ../shared/reference/zgw/.")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _split(path: str) -> tuple[dict, str]:
    for prefix, name in DOCUMENTS.items():
        if path.startswith(prefix):
            return document(name), path[len(prefix) :] or "/"
    raise AssertionError(f"{path} hoort bij geen van de ZGW-API's")


def operation(path: str) -> dict:
    doc, rest = _split(path)
    for template, item in doc["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, rest):
            return item["get"]
    raise AssertionError(f"GET {path} bestaat niet in de OpenAPI-specificatie")


def _resolve(doc: dict, item: dict) -> dict:
    if "$ref" in item:
        node = doc
        for part in item["$ref"].lstrip("#/").split("/"):
            node = node[part]
        return node
    return item


def request_problems(path: str, query: dict, headers: dict) -> list[str]:
    doc, _ = _split(path)
    op = operation(path)
    params = {p["name"]: p for p in (_resolve(doc, p) for p in op.get("parameters", []))}
    problems = []
    for name, param in params.items():
        if param.get("required") and param["in"] == "header" and name not in headers:
            problems.append(f"{path}: verplichte header {name} ontbreekt")
    for name, value in query.items():
        param = params.get(name)
        if param is None or param["in"] != "query":
            problems.append(f"{path}: onbekende parameter {name}")
            continue
        schema = param.get("schema", {})
        values = value.split(",") if schema.get("type") == "array" else [value]
        item_schema = schema.get("items", schema)
        for single in values:
            if "enum" in item_schema and single not in item_schema["enum"]:
                problems.append(f"{path}: {name}={single} niet toegestaan")
            if item_schema.get("type") == "integer" and not single.isdigit():
                problems.append(f"{path}: {name}={single} is geen geheel getal")
            if item_schema.get("type") == "boolean" and single not in ("true", "false"):
                problems.append(f"{path}: {name}={single} is geen boolean")
            if item_schema.get("format") == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", single):
                problems.append(f"{path}: {name}={single} is geen datum")
    return problems


def _openapi_to_jsonschema(node, doc):
    """Translate `nullable`, inline local $refs (one level of cycle protection), drop remote ones."""
    if isinstance(node, list):
        return [_openapi_to_jsonschema(n, doc) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        return {"$ref": ref}
    out = {k: _openapi_to_jsonschema(v, doc) for k, v in node.items()}
    if out.pop("nullable", False):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def _converted(name: str) -> dict:
    doc = copy.deepcopy(document(name))
    return {"components": {"schemas": _openapi_to_jsonschema(doc["components"]["schemas"], doc)}}


# Where Open Zaak 1.21/1.30 itself answers outside its published schema (seen in the recorded responses):
# the validity-period fields of catalogue objects are null, and a zaaktype's vertrouwelijkheidaanduiding
# may be empty. The connector reads none of these.
KNOWN_DEVIATIONS = (
    re.compile(r"(beginObject|eindeObject|beginGeldigheid|eindeGeldigheid): None is not of type"),
    re.compile(r"vertrouwelijkheidaanduiding: '' is not one of"),
)


def _real(problems: list[str]) -> list[str]:
    return [p for p in problems if not any(d.search(p) for d in KNOWN_DEVIATIONS)]


def response_problems(path: str, body) -> list[str]:
    doc, _ = _split(path)
    name = next(n for p, n in DOCUMENTS.items() if path.startswith(p))
    op = operation(path)
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    root = {**_converted(name), **_openapi_to_jsonschema(schema, doc)}
    validator = jsonschema.Draft202012Validator(root)
    return _real([f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)])[
        :10
    ]


def schema_problems(api: str, schema_name: str, body) -> list[str]:
    name = DOCUMENTS[api]
    root = {**_converted(name), "$ref": f"#/components/schemas/{schema_name}"}
    validator = jsonschema.Draft202012Validator(root)
    return _real(
        [f"{schema_name}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]
    )[:10]
