"""The attribute types of the standard, each with its Dutch description and its schema fragments."""

from __future__ import annotations

from dataclasses import dataclass, field

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
# A TOOI identifier; the reference list's own URN for a body without a verified TOOI identifier;
# or V0.2's escape for bodies outside government: 'private uitvoeringsorganisatie, namelijk X'.
TOOI_PATTERN = (
    r"^(https://identifier\.overheid\.nl/tooi/id/[a-z_]+/[A-Za-z0-9_.\-]+"
    r"|urn:openklachten:organisatie:[a-z0-9_\-]+"
    r"|[Pp]rivate uitvoeringsorganisatie, namelijk .+)$"
)
CBS_GEMEENTE_PATTERN = r"^GM\d{4}$"
# Table Schema patterns are implicitly anchored (XML Schema style), so those drop ^ and $.
URL_PATTERN = r"^https?://\S+$"
# A publisher's own case number; 100 characters covers every zaaksysteem format we have seen.
ID_MAX_LENGTH = 100


@dataclass(frozen=True)
class AttributeType:
    """How one type is written, described and checked in the generated artefacts."""

    name: str
    label: str  # Dutch, for documentation and the template's instruction sheet
    json: dict = field(default_factory=dict)  # JSON Schema fragment for a present value
    table: dict = field(default_factory=dict)  # Frictionless Table Schema fragment


TYPES: dict[str, AttributeType] = {}


def register(kind: AttributeType) -> AttributeType:
    TYPES[kind.name] = kind
    return kind


register(
    AttributeType(
        "date",
        "Datum (jjjj-mm-dd; ook dd-mm-jjjj of een Excel-datum)",
        {"type": "string", "format": "date", "pattern": DATE_PATTERN},
        {"type": "date", "format": "default"},
    )
)
register(AttributeType("code", "Keuze uit de codelijst", {"type": "string"}, {"type": "string"}))
register(
    AttributeType(
        "codes",
        "Eén of meer keuzes uit de codelijst, gescheiden door een puntkomma",
        {"type": "array", "uniqueItems": True},
        {"type": "string"},
    )
)
register(AttributeType("text", "Vrije tekst", {"type": "string", "minLength": 1}, {"type": "string"}))
register(
    AttributeType(
        "url",
        "Internetadres (URL)",
        {"type": "string", "format": "uri", "pattern": URL_PATTERN},
        {"type": "string", "format": "uri"},
    )
)
register(
    AttributeType(
        "boolean",
        "Ja of Nee",
        {"type": "boolean"},
        {"type": "boolean", "trueValues": ["ja", "Ja", "JA"], "falseValues": ["nee", "Nee", "NEE"]},
    )
)
register(
    AttributeType(
        "tooi_organisatie",
        "Organisatie: TOOI-identifier (of de officiële naam, die wordt omgezet)",
        {"type": "string", "pattern": TOOI_PATTERN},
        {"type": "string", "constraints": {"pattern": TOOI_PATTERN.strip("^$")}},
    )
)
register(
    AttributeType(
        "cbs_gemeente",
        "Gemeente: CBS-gemeentecode zoals GM0363 (of de gemeentenaam, die wordt omgezet)",
        {"type": "string", "pattern": CBS_GEMEENTE_PATTERN},
        {"type": "string", "constraints": {"pattern": CBS_GEMEENTE_PATTERN.strip("^$")}},
    )
)
register(
    AttributeType(
        "id",
        "Kenmerk (tekst of nummer)",
        {"type": "string", "minLength": 1, "maxLength": ID_MAX_LENGTH},
        {"type": "string", "constraints": {"maxLength": ID_MAX_LENGTH}},
    )
)
