"""The publication policy: which field is published how, derived from the standard's `publish` column.

Every step that decides what becomes public (the importer, the anonymiser's inputs, k-anonymity in the
read model, the read model's columns, the review view) asks this module instead of keeping its own list,
so a new attribute gets its policy from attributes.csv alone. The publish values:

  ja               published as delivered (code lists, dates, booleans, links, the body complained about),
  hash             never published; only a keyed hash (HMAC) is stored (the organisation's own case numbers),
  geanonimiseerd   free text: only the anonymiser's output is stored and published,
  gegeneraliseerd  quasi-identifiers of the complainant: published after k-anonymity over everything public.

Two rules refine `ja` by the attribute's type, because some structured values can still carry free text:

  url               a link cannot be partly redacted: published only when the anonymiser finds nothing
                    in it (a file name such as 'oordeel-jansen.pdf' names a person), withheld otherwise;
  tooi_organisatie  'Private uitvoeringsorganisatie, namelijk <naam>' carries a free name (the "namelijk"
                    rule): published only when the anonymiser finds nothing in it, otherwise the category.

A code field typed as 'Anders, namelijk <uitleg>' keeps the code only; the explanation is dropped at intake
(`intake.fields.Explained`) and never stored.
"""

from __future__ import annotations

from functools import cache

PUBLISH_VALUES = ("ja", "hash", "geanonimiseerd", "gegeneraliseerd")
LINK_TYPE = "url"
ORGANISATION_TYPE = "tooi_organisatie"
# Types whose value is absent rather than '' when not delivered (the registry stores NULL).
NULLABLE_TYPES = ("date", "boolean")
# A private body whose name names a person is published as this category (the code of V0.2's escape).
PRIVATE_BODY_CATEGORY = "Private uitvoeringsorganisatie"


# Attributes the read model publishes under other column names than their machine name. Every other
# attribute that is not hashed is published under its own name.
PUBLIC_COLUMNS_OF = {
    "klacht_id": ("public_id",),  # a keyed hash of the case number, never the number itself
    "gerelateerde_klacht_id": ("gerelateerde_klacht",),  # the related complaint's public id
    "gerelateerde_klacht_organisatie": ("gerelateerde_klacht",),
    "bestuursorgaan": ("bestuursorgaan", "bestuursorgaan_naam"),  # TOOI URI + official (or private) name
}
# The "namelijk" rule for bodies: the column that may hold a free name ('Private uitvoeringsorganisatie,
# namelijk <naam>'); it does exactly when the body has no TOOI identifier.
FREE_NAME_COLUMNS = {"bestuursorgaan": "bestuursorgaan_naam"}


def _standard():
    from openklachten.standard import load

    return load()


@cache
def published_as(publish: str) -> tuple[str, ...]:
    if publish not in PUBLISH_VALUES:
        raise ValueError(f"onbekende publicatiewijze {publish!r}; kies uit {', '.join(PUBLISH_VALUES)}")
    return _standard().fields_published_as(publish)


def _of_type(names, *types) -> tuple[str, ...]:
    std = _standard()
    return tuple(n for n in names if std.attribute(n).type in types)


def _required_everywhere(name: str) -> bool:
    std = _standard()
    attribute = std.attribute(name)
    return all(attribute.requirement_for(p) == "ja" and not attribute.required_if for p in std.profiles)


@cache
def anonymised_fields() -> tuple[str, ...]:
    """Every field whose stored and published value is the anonymiser's output."""
    return published_as("geanonimiseerd")


@cache
def free_text_fields() -> tuple[str, ...]:
    """Anonymised text that may be withheld (exclusion rules) or held for review; the full-text index reads these."""
    return tuple(n for n in anonymised_fields() if not _required_everywhere(n))


@cache
def always_published_text() -> tuple[str, ...]:
    """Anonymised text every complaint must carry (the Woo asks for it): redacted, never withheld or held back.

    Today that is organisatieonderdeel: a team name, which can name a person, so it is redacted.
    """
    return tuple(n for n in anonymised_fields() if _required_everywhere(n))


@cache
def link_fields() -> tuple[str, ...]:
    return _of_type(published_as("ja"), LINK_TYPE)


@cache
def organisation_fields() -> tuple[str, ...]:
    """Bodies named by TOOI identifier or official name, or as a private body ('namelijk' rule)."""
    return _of_type(published_as("ja"), ORGANISATION_TYPE)


@cache
def generalised_fields() -> tuple[str, ...]:
    """The quasi-identifiers k-anonymity generalises (in the standard's order)."""
    return published_as("gegeneraliseerd")


@cache
def hashed_fields() -> tuple[str, ...]:
    return published_as("hash")


@cache
def structured_fields() -> tuple[str, ...]:
    """Fields stored as delivered by the intake (codes, dates, booleans); generalised ones included."""
    names = published_as("ja") + generalised_fields()
    order = [a.machine_name for a in _standard().attributes]
    kept = [n for n in names if _standard().attribute(n).type not in (LINK_TYPE, ORGANISATION_TYPE)]
    return tuple(sorted(kept, key=order.index))


@cache
def nullable_fields() -> tuple[str, ...]:
    return _of_type(structured_fields(), *NULLABLE_TYPES)


# Types whose values are free text of their own: anonymised text, links, a body's free name, case numbers.
FREE_TEXT_TYPES = ("text", "url", ORGANISATION_TYPE, "id")


def is_open_code(codelist, code: str) -> bool:
    """A code that invites an explanation ("Anders, namelijk ..."): its label ends in 'namelijk', or
    'anders'/'overig'."""
    return code in ("anders", "overig") or codelist.label(code).lower().endswith("namelijk")


def open_codes(name: str) -> tuple[str, ...]:
    """The open codes of an attribute's code list (empty for other attributes)."""
    std = _standard()
    codelist_name = std.attribute(name).codelist
    if not codelist_name or std.attribute(name).type not in ("code", "codes"):
        return ()
    codelist = std.codelist(codelist_name)
    return tuple(code for code in codelist.codes if is_open_code(codelist, code))


@cache
def text_bearing_fields() -> tuple[str, ...]:
    """Every attribute a delivery can put personal data in: free-text types, and codes typed with 'namelijk ...'."""
    return tuple(
        a.machine_name for a in _standard().attributes if a.type in FREE_TEXT_TYPES or open_codes(a.machine_name)
    )


def public_columns(name: str) -> tuple[str, ...]:
    """The read-model columns an attribute is published in."""
    return PUBLIC_COLUMNS_OF.get(name, (name,))


def label(name: str) -> str:
    """The standard's Dutch label of a field, for pages that name it (the review view)."""
    return _standard().attribute(name).label
