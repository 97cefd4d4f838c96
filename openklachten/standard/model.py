"""The standard as Python objects: attributes, metadata fields, profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from .codelists import CodeList, normalise

REQUIRED = "ja"
OPTIONAL = "nee"
NOT_APPLICABLE = "n.v.t."


@dataclass(frozen=True, eq=False)
class Attribute:
    """One field of a complaint record (a column in a delivery)."""

    machine_name: str
    label: str
    label_v02: str
    aliases: tuple[str, ...]
    type: str
    codelist: str | None
    requirement: dict  # profile name -> "ja" | "nee" | "n.v.t."
    required_if: tuple[str, str] | None  # (machine name, code): 'ja' only applies when that field has that code
    fixed: dict  # profile name -> fixed code
    required_v02: bool
    since_version: str
    deprecated_in: str | None
    publish: str  # ja | hash | geanonimiseerd | gegeneraliseerd
    description: str
    example: str
    # Longest accepted value in characters (None: no limit). Intake rejects longer values with a Dutch
    # message and the registry's column of the same attribute has exactly this length.
    max_length: int | None = None

    @property
    def headers(self) -> tuple[str, ...]:
        """Every column name under which a delivery may carry this attribute."""
        names = [self.label, self.label_v02, self.machine_name, *self.aliases]
        return tuple(dict.fromkeys(n for n in names if n))

    @property
    def is_list(self) -> bool:
        return self.type == "codes"

    @property
    def in_v02(self) -> bool:
        return bool(self.label_v02)

    @property
    def deprecated(self) -> bool:
        return bool(self.deprecated_in)

    def requirement_for(self, profile: str) -> str:
        return self.requirement.get(profile, OPTIONAL)

    def applies_to(self, profile: str) -> bool:
        return self.requirement_for(profile) != NOT_APPLICABLE


@dataclass(frozen=True)
class MetadataField:
    """One field describing a whole dataset (sheet Metadata of V0.2)."""

    machine_name: str
    label: str
    required: bool
    required_v02: str
    fixed_value: str
    format: str
    dcat_property: str
    description: str
    example: str


@dataclass(frozen=True, eq=False)
class Profile:
    """Requirements for one kind of complaint (formeel or informeel)."""

    name: str
    label: str
    description: str
    attributes: tuple[Attribute, ...] = field(repr=False)

    @cached_property  # validation asks per row; the answer never changes
    def required(self) -> tuple[str, ...]:
        """Machine names required (possibly only under a condition, see `conditional`)."""
        return tuple(a.machine_name for a in self.attributes if a.requirement_for(self.name) == REQUIRED)

    @cached_property
    def always_required(self) -> tuple[str, ...]:
        return tuple(
            a.machine_name for a in self.attributes if a.requirement_for(self.name) == REQUIRED and not a.required_if
        )

    @cached_property
    def conditional(self) -> MappingProxyType:
        """Machine name -> (field, code) for requirements that apply only when field == code."""
        return MappingProxyType(
            {
                a.machine_name: a.required_if
                for a in self.attributes
                if a.requirement_for(self.name) == REQUIRED and a.required_if
            }
        )

    @cached_property
    def not_applicable(self) -> tuple[str, ...]:
        return tuple(a.machine_name for a in self.attributes if not a.applies_to(self.name))

    @cached_property
    def fixed_values(self) -> MappingProxyType:
        return MappingProxyType({a.machine_name: a.fixed[self.name] for a in self.attributes if a.fixed.get(self.name)})

    def required_v02(self) -> tuple[str, ...]:
        """What V0.2 required for this profile (V0.2 files are checked against this, not 1.0)."""
        return self._required_v02

    @cached_property
    def _required_v02(self) -> tuple[str, ...]:
        return tuple(a.machine_name for a in self.attributes if a.required_v02 and a.applies_to(self.name))

    def is_required(self, machine_name: str, record: dict | None = None) -> bool:
        """Whether a value is required, given the other (coded) values of the record."""
        if machine_name in self.always_required:
            return True
        condition = self.conditional.get(machine_name)
        if condition is None:
            return False
        if record is None:
            return True
        other, code = condition
        return record.get(other) == code


@dataclass(frozen=True)
class CodeListVariant:
    """A sub-list that applies when another field has a given code (afdoeningswijze per lijn)."""

    codelist: str
    variant: str
    when_field: str
    when_value: str
    toelichting: str


class Standard:
    """The Open Klachten Datastandaard, loaded from the data files."""

    version = "1.0"
    previous_version = "0.2"

    def __init__(self, attributes, metadata_fields, codelists, profiles, variants, crosswalk):
        self.attributes: tuple[Attribute, ...] = tuple(attributes)
        self.metadata_fields: tuple[MetadataField, ...] = tuple(metadata_fields)
        self.codelists: dict[str, CodeList] = dict(codelists)
        self.profiles: dict[str, Profile] = dict(profiles)
        self.variants: tuple[CodeListVariant, ...] = tuple(variants)
        self.crosswalk: tuple[dict, ...] = tuple(crosswalk)
        self._by_name = {a.machine_name: a for a in self.attributes}
        self._by_header: dict[str, Attribute] = {}
        for attribute in self.attributes:  # labels and machine names before aliases
            for header in (attribute.label, attribute.label_v02, attribute.machine_name):
                if header:
                    self._by_header.setdefault(normalise(header), attribute)
        for attribute in self.attributes:
            for header in attribute.aliases:
                self._by_header.setdefault(normalise(header), attribute)

    def __repr__(self) -> str:
        return f"<Standard {self.version}: {len(self.attributes)} attributen, {len(self.codelists)} codelijsten>"

    def attribute(self, machine_name: str) -> Attribute:
        return self._by_name[machine_name]

    def codelist(self, name: str) -> CodeList:
        return self.codelists[name]

    def profile(self, name: str) -> Profile:
        return self.profiles[name]

    def metadata_field(self, machine_name: str) -> MetadataField:
        return next(f for f in self.metadata_fields if f.machine_name == machine_name)

    def find_attribute(self, header) -> Attribute | None:
        """The attribute for a column header: label, V0.2 label, machine name or alias (case/space-insensitive)."""
        if header is None:
            return None
        return self._by_header.get(normalise(header))

    def fields_published_as(self, publish: str) -> tuple[str, ...]:
        """Machine names whose `publish` column says `publish` (ja | hash | geanonimiseerd | gegeneraliseerd), in order.

        The one source of the publication policy; `openklachten.standard.policy` derives the pipeline's groups from it.
        """
        return tuple(a.machine_name for a in self.attributes if a.publish == publish)

    def variants_of(self, codelist: str) -> tuple[CodeListVariant, ...]:
        return tuple(v for v in self.variants if v.codelist == codelist)

    def codelist_for(self, machine_name: str, record: dict | None = None) -> CodeList | None:
        """The code list that applies to an attribute, narrowed by the record (afdoeningswijze per lijn)."""
        name = self.attribute(machine_name).codelist
        if not name:
            return None
        for variant in self.variants_of(name):
            if record and record.get(variant.when_field) == variant.when_value:
                return self.codelists[variant.variant]
        return self.codelists[name]

    def version_of(self, machine_names) -> str:
        """'1.0' when any attribute new in 1.0 is present, else '0.2'."""
        present = set(machine_names)
        new = {a.machine_name for a in self.attributes if a.since_version == self.version}
        return self.version if present & new else self.previous_version
