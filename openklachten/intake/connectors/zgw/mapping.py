"""From a ZGW zaak (with `_expand`) to a record of the standard, plus Dutch problems per zaak.

The default mapping needs no configuration for a typical klacht zaaktype: zaak fields by their ZGW
meaning, zaakeigenschappen by the standard's attribute names, labels and aliases
(`Standard.find_attribute`), values by the code lists' labels and synonyms (`CodeList.match`). A
coordinator overrides any part per organisation (see `Mapping.from_config` and docs/koppelen-zaaksysteem.md).
"""

import re
from dataclasses import dataclass, field

from openklachten import standard

# ZGW zaak field (dotted through `_expand`) -> attribute of the standard. Texts that meet in one
# attribute (e.g. a zaakeigenschap next to a zaak field) are joined.
DEFAULT_FIELDS = {
    "identificatie": "klacht_id",
    "startdatum": "ontvangstdatum",
    "registratiedatum": "datum_registratie",
    "einddatum": "datum_afhandeling",
    "communicatiekanaalNaam": "ontvangwijze",
    "omschrijving": "gedraging",
    "toelichting": "bevindingen",
    "resultaat.resultaattype.omschrijving": "conclusie",
    "resultaat.toelichting": "oordeel_klacht",
}
# Property names case systems commonly use that are not labels or aliases in the standard.
PROPERTY_NAMES = {
    "kanaal": "ontvangwijze",
    "afdeling": "organisatieonderdeel",
    "team": "organisatieonderdeel",
    "klager": "type_klager",
    "soort klager": "type_klager",
    "woonplaats": "woonplaats_klager",
    "soort klacht": "formeel_informeel",
    "leeftijd": "leeftijdsgroep",
    "taakveld": "iv3_taakveld",
}
# Values case systems use that are no label or synonym, but whose meaning the standard fixes: the
# conclusie "geen oordeel" explicitly covers a complaint that was withdrawn (code list toelichting).
DEFAULT_VALUES = {"conclusie": {"ingetrokken": "geen-oordeel"}}
CODE_TYPES = {"code", "codes", "boolean"}
MAPPABLE_FIELDS = set(DEFAULT_FIELDS) | {"verlenging", "opschorting", "status.statustype.omschrijving"}


class MappingConfigError(ValueError):
    """The stored mapping of a connection is malformed (Dutch message)."""


@dataclass
class ZaakIssue:
    """One problem with one zaak: which field, which value, which mapping."""

    zaak: str
    veld: str
    waarde: str
    bron: str
    melding: str

    def __str__(self) -> str:
        value = f' "{self.waarde}"' if self.waarde else ""
        return f"Zaak {self.zaak}: {self.veld}{value} (uit {self.bron}): {self.melding}"


@dataclass
class MappedZaak:
    identificatie: str
    record: dict  # machine name -> value as a delivery file would hold it (codes, ISO dates, ja/nee)
    sources: dict  # machine name -> where the value came from, for error reports
    issues: list = field(default_factory=list)
    unused: set = field(default_factory=set)  # zaakeigenschappen no attribute took


@dataclass
class Mapping:
    fields: dict = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    properties: dict = field(default_factory=dict)  # lower-case property name -> machine name or None
    values: dict = field(default_factory=dict)  # machine name -> {lower-case value -> code}
    fixed: dict = field(default_factory=dict)  # machine name -> value when the zaak has none

    @classmethod
    def from_config(cls, config: dict | None, fixed: dict | None = None) -> "Mapping":
        """{"velden": {zaakveld: attribuut|null}, "eigenschappen": {naam: attribuut|null},
        "waarden": {attribuut: {waarde: code}}, "vast": {attribuut: waarde}} over the defaults."""
        config = config or {}
        unknown = set(config) - {"velden", "eigenschappen", "waarden", "vast"}
        if unknown:
            raise MappingConfigError(
                f"Onbekende onderdelen in de mapping: {', '.join(sorted(unknown))} "
                "(toegestaan: velden, eigenschappen, waarden, vast)."
            )
        std = standard.load()
        mapping = cls()
        for zaak_field, name in (config.get("velden") or {}).items():
            if zaak_field not in MAPPABLE_FIELDS:
                raise MappingConfigError(
                    f"Zaakveld '{zaak_field}' kan niet worden gekoppeld; kies uit: "
                    f"{', '.join(sorted(MAPPABLE_FIELDS))}."
                )
            mapping.fields[zaak_field] = _attribute(std, name, f"velden.{zaak_field}")
        for prop, name in (config.get("eigenschappen") or {}).items():
            mapping.properties[prop.strip().lower()] = _attribute(std, name, f"eigenschappen.{prop}")
        for name, table in (config.get("waarden") or {}).items():
            attribute = _attribute(std, name, "waarden")
            codelist = std.codelists.get(std.attribute(attribute).codelist or "")
            if codelist is None:
                raise MappingConfigError(f"waarden.{name}: {name} heeft geen waardelijst.")
            for _source, code in table.items():
                if codelist.match(str(code)) is None:
                    raise MappingConfigError(f"waarden.{name}: '{code}' staat niet in de waardelijst {name}.")
            mapping.values[attribute] = {str(k).strip().lower(): codelist.match(str(v)) for k, v in table.items()}
        mapping.fixed = {
            **(fixed or {}),
            **{_attribute(std, k, "vast"): v for k, v in (config.get("vast") or {}).items()},
        }
        return mapping


def _attribute(std, name, where: str) -> str | None:
    if name in (None, ""):
        return None
    attribute = std.find_attribute(str(name))
    if attribute is None:
        raise MappingConfigError(f"{where}: '{name}' is geen attribuut van de standaard.")
    return attribute.machine_name


def map_zaak(zaak: dict, mapping: Mapping) -> MappedZaak:
    """Map one zaak; problems go to `.issues`, never raise."""
    std = standard.load()
    ident = str(zaak.get("identificatie") or zaak.get("url") or "?")
    collected: dict[str, list] = {}  # machine name -> [(raw value, source)]
    for zaak_field, name in mapping.fields.items():
        value = _dig(zaak, zaak_field)
        if name and value not in (None, "", []):
            collected.setdefault(name, []).append((value, f"zaakveld {zaak_field}"))
    unused = set()
    for prop in _expanded(zaak).get("eigenschappen") or []:
        prop_name = str(prop.get("naam") or "").strip()
        name = _property_attribute(std, prop_name, mapping)
        if name is None:
            unused.add(prop_name)
        elif str(prop.get("waarde") or "").strip():
            item = (prop["waarde"], f"zaakeigenschap '{prop_name}'")
            if std.attribute(name).type in ("text", "codes"):
                collected.setdefault(name, []).append(item)
            else:  # a zaakeigenschap is what the coordinator chose to record: it wins over a generic zaak field
                collected[name] = [item]
    mapped = MappedZaak(ident, {}, {}, unused=unused)
    for name, items in collected.items():
        _set(std, mapped, name, items, mapping)
    _derive(std, zaak, mapped, mapping)
    for name, value in mapping.fixed.items():
        if mapped.record.get(name) in (None, ""):
            _set(std, mapped, name, [(value, "vaste waarde van de koppeling")], mapping)
    return mapped


def _property_attribute(std, prop_name: str, mapping: Mapping) -> str | None:
    key = prop_name.lower()
    if key in mapping.properties:
        return mapping.properties[key]
    if key in PROPERTY_NAMES:
        return PROPERTY_NAMES[key]
    attribute = std.find_attribute(prop_name)
    return attribute.machine_name if attribute else None


def _set(std, mapped: MappedZaak, name: str, items: list, mapping: Mapping) -> None:
    attribute = std.attribute(name)
    value, source = items[0]
    mapped.sources[name] = source
    if attribute.type == "text":
        mapped.record[name] = (
            ". ".join(dict.fromkeys(str(v).strip().rstrip(".") for v, _ in items if str(v).strip())) + "."
        )
        return
    if attribute.type not in CODE_TYPES or attribute.codelist is None:
        mapped.record[name] = value
        return
    if attribute.type == "boolean" and isinstance(value, bool):
        mapped.record[name] = "ja" if value else "nee"
        return
    if attribute.type == "codes":
        parts = [p for v, _ in items for p in re.split(r"\s*[;,]\s*", str(v)) if p]
    else:
        parts = [str(value)]
    codes = []
    for part in parts:
        code = _code(std, name, part, mapping)
        if code is None:
            mapped.issues.append(
                ZaakIssue(mapped.identificatie, attribute.label, part, source, _unknown_value_message(std, name, part))
            )
            return
        codes.append(code)
    mapped.record[name] = ";".join(codes)


def _code(std, name: str, value: str, mapping: Mapping) -> str | None:
    key = value.strip().lower()
    for table in (mapping.values.get(name, {}), DEFAULT_VALUES.get(name, {})):
        if key in table:
            return table[key]
    codelist = std.codelists.get(std.attribute(name).codelist)
    return codelist.match(value) if codelist is not None else None


def _unknown_value_message(std, name: str, value: str) -> str:
    codelist = std.codelists[std.attribute(name).codelist]
    hint = codelist.suggest(value)
    suggestion = f' Bedoelt u "{hint}"?' if hint else ""
    return (
        f"komt niet overeen met een waarde van de waardelijst {name}.{suggestion} "
        f"Voeg in de mapping van de koppeling een vertaling toe (waarden → {name})."
    )


def _derive(std, zaak: dict, mapped: MappedZaak, mapping: Mapping) -> None:
    """Attributes that follow from the zaak's state rather than from one field."""
    record = mapped.record
    status_type = _dig(zaak, "status.statustype") or {}
    closed = bool(zaak.get("einddatum")) or bool(status_type.get("isEindstatus"))
    if "status" not in record:
        record["status"] = "afgehandeld" if closed else "in-behandeling"
        mapped.sources["status"] = "zaakveld einddatum"
    if "verdaagd" not in record:
        opschorting = zaak.get("opschorting") or {}
        extended = bool(zaak.get("verlenging")) or bool(
            opschorting.get("indicatie") or opschorting.get("eerdereOpschorting")
        )
        record["verdaagd"] = "ja" if extended else "nee"
        mapped.sources["verdaagd"] = "zaakvelden verlenging/opschorting"
    if record.get("conclusie") == "geen-oordeel" and "afdoeningswijze" not in record:
        outcome = str(_dig(zaak, "resultaat.resultaattype.omschrijving") or "").strip().lower()
        if outcome == "ingetrokken":
            record["afdoeningswijze"] = "klacht-ingetrokken"
            mapped.sources["afdoeningswijze"] = "zaakveld resultaat.resultaattype.omschrijving"


def _expanded(zaak: dict) -> dict:
    return zaak.get("_expand") or {}


def _dig(zaak: dict, path: str):
    """`resultaat.resultaattype.omschrijving` through `_expand` at every level."""
    current = zaak
    for part in path.split("."):
        if not isinstance(current, dict):
            return None
        expanded = current.get("_expand") or {}
        current = expanded[part] if part in expanded else current.get(part)
    return current
