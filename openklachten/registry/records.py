"""From one validated record (machine names -> Python values) to the fields of a Complaint."""

from openklachten.registry import linking, terms
from openklachten.registry.models import Organisation
from openklachten.standard import policy

# Every group below is derived from the standard's `publish` column (openklachten.standard.policy).
# Structured fields copied as delivered (code-list codes, dates, booleans); k-anonymity happens in the read model.
STRUCTURED_FIELDS = policy.structured_fields()
# What passes through the anonymiser, by what happens next:
# free text: redacted; withheld by an exclusion rule; held for review when the anonymiser doubts.
FREE_TEXT_FIELDS = policy.free_text_fields()
# text every complaint must carry (a team name can name a person): redacted, but never withheld.
ALWAYS_PUBLISHED_TEXT = policy.always_published_text()
# a link cannot be partly redacted: published as delivered only when the anonymiser finds nothing in it
# (file names such as "oordeel-jansen-123456782.pdf" name people); withheld with the free text.
LINK_FIELDS = policy.link_fields()
TEXT_FIELDS = FREE_TEXT_FIELDS + ALWAYS_PUBLISHED_TEXT + LINK_FIELDS
# a body's free name ("namelijk" rule): stored name column -> its TOOI URI column, empty for a private body.
FREE_NAMES = {column: f"{attribute}_uri" for attribute, column in policy.FREE_NAME_COLUMNS.items()}
_NULLABLE = set(policy.nullable_fields())


class OrganisationIndex:
    """Resolves a TOOI URI, code or official name to (code, uri, name), from the registry's table."""

    def __init__(self):
        self._by_key: dict[str, tuple[str, str, str]] = {}
        for code, uri, name in Organisation.objects.values_list("code", "tooi_uri", "name"):
            for key in (code, uri, name):
                self._by_key[key.strip().lower()] = (code, uri, name)

    def resolve(self, value) -> tuple[str, str, str] | None:
        key = str(value or "").strip().lower()
        if not key:
            return None
        found = self._by_key.get(key) or self._by_key.get(linking.normalise_organisation(key))
        if found is None:  # not (yet) in the registry: the standard's reference list may know it
            from openklachten.standard import reference

            entry = reference.organisation(key)
            found = (entry.code, entry.uri, entry.naam) if entry else None
        return found


def complaint_fields(record: dict, organisation: Organisation, index: OrganisationIndex) -> dict:
    """Every Complaint field that does not depend on anonymisation or k-anonymity."""
    fields = {}
    for name in STRUCTURED_FIELDS:
        value = record.get(name)
        if name == "themas":
            value = list(value or [])
        elif value is None and name not in _NULLABLE:
            value = ""
        fields[name] = value
    for name in ("status", "formeel_informeel", "ontvangwijze", "type_klager", "woonplaats_klager"):
        fields[name] = str(fields[name])
    key = linking.klacht_key(organisation.code, record.get("klacht_id"))
    related_org = record.get("gerelateerde_klacht_organisatie")
    resolved = index.resolve(related_org)
    fields.update(
        klacht_key=key,
        public_id=linking.public_id(key),
        gerelateerde_klacht_key=linking.gerelateerde_klacht_key(
            resolved[0] if resolved else related_org, record.get("gerelateerde_klacht_id")
        ),
        **_bestuursorgaan(record, organisation, index),
        **terms.derived_fields(record),
    )
    return fields


def _bestuursorgaan(record: dict, organisation: Organisation, index: OrganisationIndex) -> dict:
    """The body complained about: TOOI URI + official name; the delivering organisation when absent."""
    if record.get("bestuursorgaan_uri") or record.get("bestuursorgaan_naam"):  # resolved by intake
        return {name: record.get(name) or "" for name in ("bestuursorgaan_uri", "bestuursorgaan_naam")}
    value = record.get("bestuursorgaan")
    if not value:
        return {"bestuursorgaan_uri": organisation.tooi_uri, "bestuursorgaan_naam": organisation.name}
    resolved = index.resolve(value)
    if resolved:
        return {"bestuursorgaan_uri": resolved[1], "bestuursorgaan_naam": resolved[2]}
    value = str(value).strip()
    if value.startswith("http"):
        return {"bestuursorgaan_uri": value, "bestuursorgaan_naam": ""}
    return {"bestuursorgaan_uri": "", "bestuursorgaan_naam": value}
