"""Licence plates (kentekens) in every RDW sidecode, with dashes, or without them after the word kenteken."""

import re

from openklachten.anonymisation.detector_catalogue import register

# RDW sidecodes 1-14: X = letter, 9 = digit. Source: RDW 'Kentekenseries' overview.
SIDECODES = (
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
)


SHAPES = frozenset(SIDECODES)
COMPACT_SHAPES = frozenset(s.replace("-", "") for s in SIDECODES)
CANDIDATE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}[-‑][A-Za-z0-9]{1,3}[-‑][A-Za-z0-9]{1,3}(?![\w-])")
SPACED = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3} [A-Za-z0-9]{1,3} [A-Za-z0-9]{1,3}(?![\w-])")
# The look-behind after the first character: the engine then skips to candidates (same matches, speed).
COMPACT = re.compile(r"[A-Z0-9](?<![\w-][A-Z0-9])[A-Z0-9]{5}(?![\w-])")
PLATE_TRIGGER = re.compile(r"(?i)(kenteken|nummerplaat|auto|wagen|voertuig|scooter|motor|bus|busje|plate)\W{0,30}$")


VEHICLE_WORDS = frozenset("auto wagen voertuig scooter motor bus busje bestelbus camper".split())
VEHICLE_NEAR = re.compile(r"(?i)\b(?:auto|wagen|voertuig|scooter|motor|bus|busje|bestelbus|camper)\b")


def _vehicle_words(doc) -> bool:
    return not doc.words.isdisjoint(VEHICLE_WORDS)


# Round 8: any plate (foreign, lower case, no dashes) right after the word kenteken: "Pools kenteken WE 4K819",
# "kenteken gz418t". The value mixes letters and digits; trailing plain words are not part of it.
AFTER_WORD = re.compile(
    r"(?i)\bkenteken(?:nummer|nr\.?)?[ \t]*(?:(?:is|was|:)[ \t]*)?([A-Za-z0-9]{1,7}(?:[ -][A-Za-z0-9]{1,5}){0,2})"
)


def _plate_after_word(value: str) -> str | None:
    parts = re.split(r"([ -])", value)
    while len(parts) > 1 and not any(c.isdigit() for c in parts[-1]) and not parts[-1].isupper():
        parts = parts[:-2]
    plate = "".join(parts)
    compact = re.sub(r"[ -]", "", plate)
    digits = sum(c.isdigit() for c in compact)
    if 4 <= len(compact) <= 9 and digits >= 2 and digits < len(compact) and not re.fullmatch(r"\d+[a-z]?", compact):
        return plate
    return None


def _shape(value: str) -> str:
    return re.sub(r"[-‑ ]", "-", re.sub(r"[0-9]", "9", re.sub(r"[A-Za-z]", "X", value)))


@register("kenteken")
def detect_plate(doc):
    text = doc.text
    spaced = SPACED.finditer(text) if "kenteken" in doc.lower or "plate" in doc.lower or _vehicle_words(doc) else ()
    # A candidate holds two dashes: without them the pattern need not run over the text (speed).
    dashed = CANDIDATE.finditer(text) if text.count("-") + text.count("‑") >= 2 else ()
    for match in [*dashed, *spaced]:
        value = match.group()
        if _shape(value) not in SHAPES:
            continue
        # A plate is all upper-case or all lower-case ("hx-902-r"), never mixed like "Oud-12-Jaar".
        if not (value.upper() == value or value.lower() == value):
            continue
        spaced = " " in value
        before = text[max(0, match.start() - 40) : match.start()]
        # "12 AB 34" without context is too often something else. Round 10: an upper-case plate may stand a few
        # words after the vehicle ("in de auto, een grijze Toyota Yaris K 771 PN").
        if spaced and not (PLATE_TRIGGER.search(before) or (value.isupper() and VEHICLE_NEAR.search(before))):
            continue
        confidence = 0.99 if value.isupper() or PLATE_TRIGGER.search(before) else 0.8
        yield doc.entity(match.start(), match.end(), "KENTEKEN", "kenteken", confidence)
    if "kenteken" in doc.lower:
        for match in AFTER_WORD.finditer(text):
            plate = _plate_after_word(match.group(1))
            if plate:
                yield doc.entity(match.start(1), match.start(1) + len(plate), "KENTEKEN", "kenteken-na-woord", 0.9)
    for match in COMPACT.finditer(text):
        if _shape(match.group()) not in COMPACT_SHAPES:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if PLATE_TRIGGER.search(before):
            yield doc.entity(match.start(), match.end(), "KENTEKEN", "kenteken-compact", 0.95)
