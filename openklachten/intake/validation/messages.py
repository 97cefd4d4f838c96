"""Dutch messages per error code: what is wrong with the value, and how to put it right."""

from __future__ import annotations

TEMPLATES = {
    "onbekende_waarde": '{label} "{value}" is geen geldige waarde; {reason}',
    "ongeldige_datum": '{label} "{value}" is geen geldige datum: {reason}',
    "ongeldige_janee": '{label} "{value}" is geen geldige waarde; {reason}',
    "ongeldige_url": '{label} "{value}" is geen geldig internetadres; {reason}',
    "onbekende_organisatie": '{label} "{value}" staat niet in de lijst van overheidsorganisaties; {reason}',
    "onbekende_gemeente": '{label} "{value}" is geen bekende gemeente; {reason}',
    "te_lang": '{label} "{value}" is te lang; {reason}',
    "verplicht": "{label} is verplicht maar leeg; {reason}",
}


def sentence(text: str) -> str:
    """End a message with exactly one full stop (or the question mark of a hint)."""
    text = text.rstrip()
    return text if text.endswith((".", "?", "!")) else text + "."


def cell_message(code: str, label: str, value: str, reason: str) -> str:
    template = TEMPLATES.get(code, '{label} "{value}": {reason}')
    return sentence(template.format(label=label, value=value, reason=reason))
