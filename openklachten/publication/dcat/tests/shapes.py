"""The DCAT-AP 3.0 and DCAT-AP-NL 3.0 SHACL shapes, read from ../shared/reference/validation (never copied here).

Offline there are no EU code lists, so the catalogue itself carries the class, label and scheme of every
code-list value it uses (see builder._concept). DCAT-AP 3.0.0's single-file shapes put `sh:class rdfs:Resource`
on URL properties; that holds for every IRI under RDFS semantics, so that set is checked with RDFS inference.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import rdflib
from pyshacl import validate

from tests.shared_data import require_shared

REPO_ROOT = Path(__file__).resolve().parents[4]
VALIDATION_DIR = (REPO_ROOT / ".." / "shared" / "reference" / "validation").resolve()
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

# Which files make up each check (see the README in the validation folder).
SHAPE_SETS = {
    # DCAT-AP-NL 3.0 (established) = DCAT-AP 3.0.0 + the three mandatory NL files.
    "dcat-ap-nl-3.0": (
        "dcat-ap-3.0/dcat-ap-SHACL.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
    ),
    # DCAT-AP 3.0.0 "full" as the EU validator configures it, recommendations included.
    "dcat-ap-3.0.0-full": (
        "dcat-ap-3.0/shapes.ttl",
        "dcat-ap-3.0/range.ttl",
        "dcat-ap-3.0/shapes_recommended.ttl",
        "dcat-ap-3.0/deprecateduris.ttl",
    ),
    "dcat-ap-3.0.1-full": (
        "dcat-ap-3.0/3.0.1/shapes.ttl",
        "dcat-ap-3.0/3.0.1/range.ttl",
        "dcat-ap-3.0/3.0.1/shapes_recommended.ttl",
        "dcat-ap-3.0/3.0.1/deprecateduris.ttl",
    ),
    # Values from the EU code lists: a TOOI publisher, a TOP-lijst theme and the Woo category are
    # (correctly) not EU concepts, so these give warnings by design; violations must be zero.
    "dcat-ap-3.0-mdr": ("dcat-ap-3.0/mdr-vocabularies.shape.ttl",),
    "dcat-ap-nl-3.0-aanbevolen": ("dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl",),
}
INFERENCE = {"dcat-ap-nl-3.0": "rdfs"}


def require_shapes() -> Path:
    require_shared(VALIDATION_DIR / "dcat-ap-3.0" / "dcat-ap-SHACL.ttl", "De DCAT-AP SHACL-shapes")
    return VALIDATION_DIR


@cache
def shapes(name: str) -> rdflib.Graph:
    root = require_shapes()
    graph = rdflib.Graph()
    for filename in SHAPE_SETS[name]:
        graph.parse(root / filename)
    return graph


def results(data: rdflib.Graph, name: str) -> list[dict]:
    """The top-level validation results (not the nested details) as plain dicts."""
    _, report, _ = validate(data, shacl_graph=shapes(name), inference=INFERENCE.get(name, "none"))
    found = []
    for summary in report.subjects(rdflib.RDF.type, SH.ValidationReport):
        for result in report.objects(summary, SH.result):
            found.append(
                {
                    "severity": str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                    "path": str(report.value(result, SH.resultPath)),
                    "focus": str(report.value(result, SH.focusNode)),
                    "value": str(report.value(result, SH.value)),
                    "message": str(report.value(result, SH.resultMessage)),
                }
            )
    return found


def violations(data: rdflib.Graph, name: str) -> list[dict]:
    return [r for r in results(data, name) if r["severity"] == "Violation"]
