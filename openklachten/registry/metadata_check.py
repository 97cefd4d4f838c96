"""Personal data in delivery metadata: the metadata is published as is (API aanleveringen, DCAT).

The anonymiser finds names, e-mail addresses, numbers and addresses; it already keeps general
mailboxes (klachten@...) and service numbers (14 0xx). A landline number is allowed too, because
the standard's own example contact is one ("T: +31206259999"); a mobile number is personal.
"""

import re

from openklachten.anonymisation import anonymise

# The free-text fields of the standard's Metadata sheet a publisher types in; the others are
# dates, URLs, fixed values or organisation names from a list.
FREE_TEXT = ("contact", "omschrijving", "titel", "eigenaar", "locatie", "doel", "mogelijkheden")

# What identifies a person in a contact line; other detections (URL paths, case numbers) do not.
DESCRIPTIONS = {
    "NAAM": "een persoonsnaam",
    "EMAIL": "een persoonlijk e-mailadres",
    "TELEFOON": "een mobiel telefoonnummer",
}
MOBILE = re.compile(r"^(?:06|316|00316)")


def personal_data(text: str) -> list[str]:
    """Dutch descriptions of the personal data in one text, in order of appearance, no repeats."""
    found = []
    for entity in anonymise(text).entities:
        if entity.type == "TELEFOON" and not MOBILE.match(re.sub(r"\D", "", text[entity.start : entity.end])):
            continue
        description = DESCRIPTIONS.get(entity.type)
        if description and description not in found:
            found.append(description)
    return found


def problem(text: str) -> str:
    """The Dutch form error for one text, or "" when it carries no personal data."""
    found = personal_data(str(text or ""))
    if not found:
        return ""
    return (
        f"Dit veld wordt openbaar gepubliceerd en bevat {_join(found)}. Gebruik een algemeen "
        "e-mailadres of telefoonnummer van de organisatie (zoals klachten@gemeente.nl of 14 020), "
        "geen gegevens van een persoon."
    )


def problems(metadata: dict) -> dict[str, str]:
    """Per metadata key with personal data, the Dutch error."""
    found = {}
    for key in FREE_TEXT:
        value = (metadata or {}).get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        message = problem(value)
        if message:
            found[key] = message
    return found


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]
