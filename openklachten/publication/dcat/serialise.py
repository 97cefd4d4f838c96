"""The catalogue's serialisations, registered by file extension (Turtle and JSON-LD)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from rdflib import Graph

from .vocabulary import PREFIXES


@dataclass(frozen=True)
class Serialiser:
    extension: str
    content_type: str
    render: Callable[[Graph], str]


def turtle(graph: Graph) -> str:
    """Turtle; rdflib sorts subjects and predicates, so equal graphs give equal text (golden files)."""
    return graph.serialize(format="turtle")


def jsonld(graph: Graph) -> str:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    data = json.loads(graph.serialize(format="json-ld", context=context))
    # Stable order for diffs and caches: nodes by @id.
    if isinstance(data.get("@graph"), list):
        data["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


SERIALISERS: dict[str, Serialiser] = {
    s.extension: s
    for s in (
        Serialiser("ttl", "text/turtle; charset=utf-8", turtle),
        Serialiser("jsonld", "application/ld+json; charset=utf-8", jsonld),
    )
}
