"""Dutch documentation (Markdown) of every attribute, profile, code list, metadata field and the crosswalk."""

from __future__ import annotations

from .. import load, policy
from ..model import NOT_APPLICABLE, REQUIRED
from ..types import TYPES
from . import register

PUBLISH_LABELS = {
    "ja": "Gepubliceerd zoals aangeleverd.",
    "hash": "Nooit gepubliceerd; alleen als sleutel-hash (HMAC) per organisatie bewaard.",
    "geanonimiseerd": "Vrije tekst: gepubliceerd na anonimisering (namen, adressen en dergelijke weggelakt).",
    "gegeneraliseerd": "Gepubliceerd na generalisatie (k-anonimiteit), zodat de klager niet herkenbaar is.",
}
# The publication policy's refinements of 'ja' (standard.policy): a value that can carry free text.
PUBLISH_BY_TYPE = {
    "url": "Gepubliceerd zoals aangeleverd, maar alleen als de anonimiseerder er geen persoonsgegevens in vindt "
    "(een bestandsnaam kan een naam bevatten); anders niet gepubliceerd.",
    "private_naam": "Gepubliceerd zoals aangeleverd. De naam van een private uitvoeringsorganisatie "
    "('namelijk ...') alleen als de anonimiseerder er geen persoonsgegevens in vindt; anders "
    "alleen 'Private uitvoeringsorganisatie'.",
}
PROFILE_FIELD = "formeel_informeel"


def publish_text(attribute) -> str:
    if attribute.machine_name in policy.FREE_NAME_COLUMNS:
        return PUBLISH_BY_TYPE["private_naam"]
    if attribute.publish == "ja" and attribute.type in PUBLISH_BY_TYPE:
        return PUBLISH_BY_TYPE[attribute.type]
    text = PUBLISH_LABELS.get(attribute.publish, attribute.publish)
    if attribute.publish == "ja" and policy.open_codes(attribute.machine_name):
        text += " Een toelichting ('Anders, namelijk ...') wordt niet gepubliceerd."
    return text


def cell(value) -> str:
    """Table-cell safe text: no pipes or line breaks."""
    return str(value or "").replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip()


def table(headers, rows) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def requirement_text(attribute, profile) -> str:
    level = attribute.requirement_for(profile)
    if level == NOT_APPLICABLE:
        fixed = attribute.fixed.get(profile)
        return f"n.v.t. (altijd `{fixed}`)" if fixed else "n.v.t."
    if level == REQUIRED and attribute.required_if:
        other, code = attribute.required_if
        return f"verplicht als {other} = `{code}`"
    return "verplicht" if level == REQUIRED else "optioneel"


def intro(standard) -> list[str]:
    return [
        f"# Open Klachten Datastandaard {standard.version}",
        "",
        "_Dit document is gegenereerd uit `openklachten/standard/data/` met "
        "`openklachten standard export --format markdown`. Pas de data aan, niet dit bestand._",
        "",
        "De Open Klachten Datastandaard beschrijft hoe klachtbehandelaars (bestuursorganen en ombudsmannen) "
        "hun klachten als open data aanleveren: één klacht per rij, één attribuut per kolom. Versie "
        f"{standard.version} bouwt voort op V{standard.previous_version}: bestanden volgens "
        f"V{standard.previous_version} blijven geldig (zie [Van V0.2 naar 1.0](#van-v02-naar-10)).",
        "",
        "Afgeleide bestanden, allemaal uit dezelfde bron:",
        "",
        "- `klachten.schema.json`: JSON Schema (2020-12) van één klacht;",
        "- `datapackage.json`: Frictionless Data Package met Table Schema;",
        "- `publicatiesjabloon.xlsx`: invulsjabloon voor Excel en LibreOffice;",
        "- dit document.",
        "",
        "Kolomnamen mogen het label (zoals hieronder), het V0.2-label of de machinenaam zijn; hoofdletters en "
        "spaties maken niet uit. Waarden uit een codelijst mogen als code, label of synoniem worden "
        "aangeleverd; het platform bewaart de code.",
        "",
    ]


def overview(standard) -> list[str]:
    rows = [
        (
            i,
            a.label,
            f"`{a.machine_name}`",
            a.type,
            requirement_text(a, "formeel"),
            requirement_text(a, "informeel"),
            a.since_version + (f" (vervallen in {a.deprecated_in})" if a.deprecated else ""),
        )
        for i, a in enumerate(standard.attributes, start=1)
    ]
    return ["## Attributen", ""] + table(["#", "Label", "Machinenaam", "Type", "Formeel", "Informeel", "Sinds"], rows)


def value_types(standard) -> list[str]:
    used = dict.fromkeys(a.type for a in standard.attributes)
    rows = [(f"`{name}`", TYPES[name].label) for name in used]
    return ["## Soorten waarden", ""] + table(["Type", "Betekenis"], rows)


def profiles(standard) -> list[str]:
    lines = ["## Profielen", ""]
    lines += [
        f"Het veld Formeel/informeel (`{PROFILE_FIELD}`) bepaalt welk profiel geldt. "
        "Een voorwaardelijk verplicht veld is pas verplicht als de voorwaarde geldt "
        "(bijvoorbeeld: de klacht is afgehandeld).",
        "",
    ]
    for profile in standard.profiles.values():
        lines += [f"### {profile.label} (`{profile.name}`)", "", profile.description, ""]
        lines += ["- Altijd verplicht: " + ", ".join(f"`{n}`" for n in profile.always_required)]
        conditional = [f"`{n}` (als {o} = `{c}`)" for n, (o, c) in profile.conditional.items()]
        if conditional:
            lines += ["- Voorwaardelijk verplicht: " + ", ".join(conditional)]
        if profile.not_applicable:
            lines += ["- Niet van toepassing: " + ", ".join(f"`{n}`" for n in profile.not_applicable)]
        for name, code in profile.fixed_values.items():
            lines += [f"- Vaste waarde: `{name}` = `{code}`"]
        lines += ["- Verplicht volgens V0.2: " + ", ".join(f"`{n}`" for n in profile.required_v02()), ""]
    return lines


def attribute_details(standard) -> list[str]:
    lines = ["## Attributen in detail", ""]
    for attribute in standard.attributes:
        lines += [f"### {attribute.label}", "", attribute.description, ""]
        facts = [
            ("Machinenaam", f"`{attribute.machine_name}`"),
            ("Type", TYPES[attribute.type].label),
            ("Formeel", requirement_text(attribute, "formeel")),
            ("Informeel", requirement_text(attribute, "informeel")),
            ("Sinds versie", attribute.since_version),
            ("Publicatie", publish_text(attribute)),
        ]
        if attribute.codelist:
            facts.append(("Codelijst", f"[{attribute.codelist}](#codelijst-{attribute.codelist.replace('_', '-')})"))
        if attribute.label_v02:
            required = "verplicht" if attribute.required_v02 else "optioneel"
            facts.append(("In V0.2", f"{attribute.label_v02} ({required})"))
        if attribute.deprecated:
            facts.append(("Vervallen", f"in versie {attribute.deprecated_in}; wordt nog geaccepteerd"))
        if attribute.max_length:
            facts.append(("Maximale lengte", f"{attribute.max_length} tekens"))
        if attribute.aliases:
            facts.append(("Ook herkend als kolom", ", ".join(attribute.aliases)))
        if attribute.example:
            facts.append(("Voorbeeld", f"`{attribute.example}`"))
        lines += [f"- **{name}:** {value}" for name, value in facts] + [""]
    return lines


def codelists(standard) -> list[str]:
    lines = ["## Codelijsten", ""]
    lines += [
        "Het platform bewaart en publiceert de code; het label is voor mensen. Synoniemen worden bij "
        "aanlevering herkend (hoofdletters, spaties en accenten maken niet uit).",
        "",
    ]
    for name in sorted(standard.codelists):
        codelist = standard.codelist(name)
        users = [a.label for a in standard.attributes if a.codelist == name]
        lines += [f'<a id="codelijst-{name.replace("_", "-")}"></a>', "", f"### Codelijst {name}", ""]
        if users:
            lines += ["Gebruikt door: " + ", ".join(users) + ".", ""]
        variants = [v for v in standard.variants if v.variant == name or v.codelist == name]
        lines += [f"- {v.toelichting} (`{v.variant}`, als {v.when_field} = `{v.when_value}`)" for v in variants]
        if variants:
            lines += [""]
        extra = list(dict.fromkeys(k for c in codelist for k in c.extra))
        rows = [
            (f"`{c.code}`", c.label, "; ".join(c.synonyms), c.toelichting, *(c.extra.get(k, "") for k in extra))
            for c in codelist
        ]
        lines += table(["Code", "Label", "Synoniemen", "Toelichting", *extra], rows)
    return lines


def metadata(standard) -> list[str]:
    rows = [
        (
            f.label,
            f"`{f.machine_name}`",
            "ja" if f.required else "nee",
            f.dcat_property,
            f.fixed_value,
            f.description,
        )
        for f in standard.metadata_fields
    ]
    return [
        "## Metadata van een levering",
        "",
        "Velden die een dataset (een levering) als geheel beschrijven, met de bijbehorende eigenschap in DCAT-AP-NL.",
        "",
    ] + table(["Label", "Machinenaam", "Verplicht", "DCAT-AP-NL", "Vaste waarde", "Toelichting"], rows)


def crosswalk(standard) -> list[str]:
    lines = ['<a id="van-v02-naar-10"></a>', "", "## Van V0.2 naar 1.0", ""]
    lines += [
        "Elk V0.2-bestand blijft geldig: de V0.2-labels zijn de kolomnamen van 1.0 en elke V0.2-waarde "
        "wordt herkend. Bestanden zonder kolommen die nieuw zijn in 1.0 worden gecontroleerd tegen de "
        "verplichtingen van V0.2.",
        "",
        "### Attributen",
        "",
    ]
    rows = [r for r in standard.crosswalk if r["soort"] == "attribuut"]
    lines += table(
        ["V0.2", "1.0", "Regel", "Toelichting"],
        [(r["v02_attribuut"], f"`{r['machine_name']}`", r["regel"], r["toelichting"]) for r in rows],
    )
    lines += ["### Nieuw in 1.0", ""]
    rows = [r for r in standard.crosswalk if r["soort"] == "nieuw"]
    lines += table(
        ["1.0", "Label", "Toelichting"],
        [(f"`{r['machine_name']}`", standard.attribute(r["machine_name"]).label, r["toelichting"]) for r in rows],
    )
    lines += ["### Waarden", ""]
    rows = [r for r in standard.crosswalk if r["soort"] == "waarde"]
    lines += table(
        ["V0.2-attribuut", "V0.2-waarde", "1.0-code", "Toelichting"],
        [(r["v02_attribuut"], r["v02_waarde"], f"`{r['code_10']}`", r["toelichting"]) for r in rows],
    )
    return lines


SECTIONS = (intro, overview, value_types, profiles, attribute_details, codelists, metadata, crosswalk)


def document(standard=None) -> str:
    standard = standard or load()
    lines: list[str] = []
    for section in SECTIONS:
        lines += section(standard)
    return "\n".join(lines).rstrip() + "\n"


@register("markdown", "datastandaard.md", "Documentatie van de standaard (Markdown, Nederlands)")
def build() -> str:
    return document()
