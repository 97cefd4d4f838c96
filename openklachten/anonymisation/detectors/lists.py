"""Names in the structure of a list: who was present or addressed, and how lists write a name.

- "Achternaam, V." / "Van der Heijden, M." / "De Graaf-Smit, A.M.": a surname, a comma and initials.
- The items after a list label ("Aanwezig:", "Aan:", "CC:", "Kopie aan:", "Deelnemers:", "Gehoord:"),
  on the same line or on the lines below it up to an empty line: each item starts with a name.
- Numbered or bulleted lines that hold only a name ("1. Sardjoe, M.", "- Gökhan Aslan").
- A coordination of capitalised words of which most are names ("Hoekstra, Lammers en Boukhari").
- A role with a first name in brackets ("beller (francien)", "de consulent (Anouk)").
An unknown word gets a high confidence only when its letters look like a name (namescore.py); otherwise
it is redacted as a guess and the text goes to review.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import NAME, NAMEWORD, PARTICLE, plausible, trim
from openklachten.anonymisation.namescore import looks_like_name
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS, ROLE_TRIGGERS

INITIALS_AFTER = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.){0,4}|[A-Z](?![\w.]))"
COMMA_INITIAL = re.compile(r",[ \t]*[A-Z](?:\.|(?![\w]))")  # a cheap test before the full pattern
SURNAME_COMMA_INITIALS = re.compile(
    rf"(?<![\w.-])((?:{PARTICLE}[ \t]+)*{NAMEWORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAMEWORD})?),[ \t]*{INITIALS_AFTER}"
    rf"(?:[ \t]*\((?:[A-Z][a-z]+)\))?"
)
LIST_LABEL = re.compile(
    r"(?im)^[ \t]*(?:aanwezig|afwezig|afgemeld|met kennisgeving afwezig|aan|cc|bcc|kopie aan|kopie|deelnemers|"
    r"gehoord|verzonden aan|ondertekend door|namens|t\.a\.v\.|ter attentie van|gesproken met|gesprekspartners|"
    r"genodigden|uitgenodigd|verslag(?:legger)?|notulist|notulen|voorzitter|secretaris|behandelaar|klager|"
    r"klaagster|betrokkenen|betrokken medewerkers?|medewerkers?|to|from|attendees|present)\b[^:\n]{0,40}:[ \t]*"
)
ITEM_SPLIT = re.compile(r"[,;]|[ \t]en[ \t]|[ \t]&[ \t]|\n")
ITEM_LEAD = re.compile(
    r"[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]*)?"
    r"(?:(?:mevr|mevrouw|mw|dhr|de heer|heer|mr|dr|drs|ir|ing|prof|fam)\.?[ \t]+)*"
)
LIST_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+(.+)$")
COORDINATION = re.compile(rf"(?<![\w-])({NAMEWORD})((?:,[ \t]+{NAMEWORD})+)[ \t]+(?:en|&)[ \t]+({NAMEWORD})(?![\w-])")
COORDINATION_HINT = re.compile(r"[A-Z]\w+, [A-Z]\w+[^.\n]{0,80}? (?:en|&) [A-Z]")  # cheap test first
ROLE_BRACKET = re.compile(r"([\w-]+)[ \t]*\(([^\W\d_][\w'’-]{2,})\)")
BRACKET_ROLES = ROLE_TRIGGERS | {"beller", "belster", "melder", "klant", "bewoner", "bewoonster"}


def _explained(word: str) -> bool:
    """A word that is no name: a Dutch word, an organisation word, a place or a month."""
    low = word.lower()
    return (
        low in NOT_NAMES
        or low in ORGANISATION_WORDS
        or low in lookup.common_words()
        or (low in lookup.dutch_words() and low not in lookup.surnames() and low not in lookup.first_names())
        or low in lookup.places()
    )


def _name_confidence(value: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 2 and not re.fullmatch(PARTICLE, w)]
    known = [w for w in words if w.lower() in lookup.first_names() or w.lower() in lookup.surnames()]
    if known or any(looks_like_name(w) for w in words):
        return 0.9
    return 0.7


@register("naam-achternaam-initialen")
def detect_surname_initials(doc):
    if not COMMA_INITIAL.search(doc.text):
        return
    for match in SURNAME_COMMA_INITIALS.finditer(doc.text):
        surname = match.group(1)
        if all(_explained(w) for w in surname.replace("-", " ").split() if not re.fullmatch(PARTICLE, w)):
            if surname.lower() not in lookup.surnames():
                continue
        yield doc.entity(match.start(), match.end(), "NAAM", "naam-lijst-initialen", 0.9)


def _item_name(doc, start: int, end: int, source: str):
    lead = ITEM_LEAD.match(doc.text, start, end)
    position = lead.end() if lead else start
    match = NAME.match(doc.text, position, end)
    if not match:
        return None
    s, e = trim(doc.text, match.start(), match.end())
    value = doc.text[s:e]
    if e <= s or not plausible(value) or doc.is_kept(s, e):
        return None
    words = [w for w in value.replace("-", " ").split() if not re.fullmatch(PARTICLE, w)]
    if all(_explained(w.strip(".")) for w in words):
        return None
    return doc.entity(s, e, "NAAM", source, _name_confidence(value))


@register("naam-lijstlabel")
def detect_list_items(doc):
    if ":" not in doc.text:
        return
    for label in LIST_LABEL.finditer(doc.text):
        line_end = doc.text.find("\n", label.end())
        line_end = len(doc.text) if line_end < 0 else line_end
        if doc.text[label.end() : line_end].strip():
            block_end = line_end  # items on the label's own line
        else:
            blank = doc.text.find("\n\n", line_end)
            block_end = len(doc.text) if blank < 0 else blank  # items on the lines below, up to an empty line
        position = label.end()
        for separator in [*ITEM_SPLIT.finditer(doc.text, position, block_end), None]:
            item_end = separator.start() if separator else block_end
            entity = _item_name(doc, position, item_end, "naam-lijstlabel")
            if entity:
                yield entity
            if separator is None:
                break
            position = separator.end()


@register("naam-lijstregel")
def detect_list_lines(doc):
    if "\n" not in doc.text:
        return
    for line in LIST_LINE.finditer(doc.text):
        content = line.group(1)
        # Only a name (with a role in brackets or a short note after a dash): "Sardjoe, M." "Gökhan Aslan (lid)"
        name = NAME.match(content)
        if not name or not re.fullmatch(
            r"(?:,[ \t]*[A-Z]\.(?:[A-Z]\.)*)?[ \t]*(?:\([^)]*\))?[ \t]*(?:[-–:].*)?", content[name.end() :]
        ):
            continue
        entity = _item_name(doc, line.start(1), line.start(1) + name.end(), "naam-lijstregel")
        if entity and entity.confidence >= 0.9:
            yield entity


@register("naam-opsomming")
def detect_coordination(doc):
    if not COORDINATION_HINT.search(doc.text):
        return
    for match in COORDINATION.finditer(doc.text):
        parts = [match.group(1), *re.findall(NAMEWORD, match.group(2)), match.group(3)]
        names = [
            p
            for p in parts
            if not _explained(p)
            and (p.lower() in lookup.surnames() or p.lower() in lookup.first_names() or looks_like_name(p))
        ]
        if len(names) >= 2 and len(names) >= len(parts) - 0 and not any(_explained(p) for p in parts):
            for part in re.finditer(NAMEWORD, match.group()):
                start = match.start() + part.start()
                if not doc.is_kept(start, start + len(part.group())):
                    yield doc.entity(start, start + len(part.group()), "NAAM", "naam-opsomming", 0.85)


@register("naam-rol-haakjes")
def detect_role_bracket(doc):
    if "(" not in doc.text:
        return
    for match in ROLE_BRACKET.finditer(doc.text):
        if match.group(1).lower() not in BRACKET_ROLES:
            continue
        word = match.group(2)
        low = word.lower()
        if low in lookup.first_names() or low in lookup.surnames() or (not _explained(word) and looks_like_name(word)):
            if low not in lookup.common_words() and low not in NOT_NAMES:
                yield doc.entity(match.start(2), match.end(2), "NAAM", "naam-rol-haakjes", 0.85)
