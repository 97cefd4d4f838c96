"""Names in the frame of a letter or e-mail: signature blocks, header lines and form fields."""

import re
from itertools import islice

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import (
    NAME,
    is_known_first_name,
    is_known_surname,
    name_tokens,
    plausible,
    trim,
)
from openklachten.anonymisation.vocabulary import CLOSINGS, NOT_NAMES, ORGANISATION_WORDS, PARTICLES, SIGNATURE_NOISE

CLOSING = re.compile(
    r"(?im)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:"
    + "|".join(re.escape(c) for c in sorted(CLOSINGS, key=len, reverse=True))
    + r")(?:\b|(?<=-))[ \t]*[,.!:]?[ \t]*"
)


def _ascii_head(phrase: str) -> str:
    """The phrase up to its first non-ASCII letter: (?i) matches those ASCII letters only as themselves."""
    return next((phrase[:i] for i, ch in enumerate(phrase) if not ch.isascii()), phrase)


# Every CLOSING match holds one of these in the lower-case text (when no İ, ı or ſ is in it): the substring
# tests decide whether the pattern, which is tried at every line and sentence start, runs at all (speed).
_heads = {_ascii_head(c.lower()) for c in CLOSINGS}
CLOSING_HINTS = tuple(sorted(h for h in _heads if not any(o != h and o in h for o in _heads)))
# "Van: Jan Jansen <jan@...>", "Naam: ...", "Contactpersoon: ..." in e-mail headers and forms.
FIELD = re.compile(
    r"(?im)^[ \t]*(?:van|aan|from|to|cc|bcc|afzender|ontvanger|naam|name|voornaam|achternaam|voorletters|roepnaam|"
    r"naam klager|naam melder|naam indiener|naam aanvrager|naam contactpersoon|contactpersoon|melder|indiener|"
    r"klager|behandelaar|ondertekend|ingediend door|gemachtigde|signed)[ \t]*:[ \t]*([^\n<]{1,80})"
)
NEXT_LINE = re.compile(r"\n[ \t]*([^\n]+)")
LINE_WORD = re.compile(r"[^\s,]+")


def _signature_entities(doc, start: int, end: int, source: str, confidence: float):
    """The name on a signature line: every word of it, titles (wed., Fam., dhr.) excepted."""
    line = doc.text[start:end]
    if not line.strip() or re.search(r"[\d@:/]", line) or len(line.split()) > 6:
        return
    words = [w for w in LINE_WORD.finditer(line)]
    kept = [
        w
        for w in words
        if w.group().lower().rstrip(".") not in NOT_NAMES
        and w.group().lower() not in SIGNATURE_NOISE
        and w.group().lower().rstrip(".") not in ("wed", "fam", "dhr", "mw", "mevr", "ir", "mr", "dr", "ing", "drs")
    ]
    if not kept or any(w.group().lower().strip(".,") in ORGANISATION_WORDS for w in words):
        return
    if all(w.group().lower() in lookup.places() for w in kept):
        return
    # Every word is a name: capitalised, an initial, a particle, or (lower case) a name from the lists.
    for word in kept:
        value = word.group().strip(",.()")
        low = value.lower()
        if not (value[:1].isupper() or low in PARTICLES or low in lookup.first_names() or low in lookup.surnames()):
            return
        if low in lookup.common_words() and low not in PARTICLES and not value[:1].isupper():
            return
    s, e = start + kept[0].start(), start + kept[-1].end()
    value = doc.text[s:e]
    if name_tokens(value) and plausible(value) or re.fullmatch(r"(?:[A-Z]\.)+", value):
        yield doc.entity(s, e, "NAAM", source, confidence)


@register("naam-ondertekening")
def detect_signature(doc):
    text = doc.text
    if doc.plain_case and not any(h in doc.lower for h in CLOSING_HINTS):
        return
    for match in CLOSING.finditer(text):
        rest = re.match(r"[^\n]*", text[match.end() :]).group()
        if rest.strip():
            # "groeten stefan mulder", "grt ilse": the name is on the closing line itself
            yield from _signature_entities(doc, match.end(), match.end() + len(rest), "naam-ondertekening", 0.85)
            continue
        # The name is on one of the next three lines ("De klachtencoördinator,\nPiet de Vries").
        for line in islice(NEXT_LINE.finditer(text, match.end() + len(rest)), 3):
            found = list(_signature_entities(doc, line.start(1), line.end(1), "naam-ondertekening", 0.9))
            yield from found
            if found:
                break


@register("naam-slotregel")
def detect_closing_line(doc):
    """A short last block of name-like lines ("Joost van den Berg\\n06-...", "Tim") after a blank line."""
    text = doc.text.rstrip()
    block_start = text.rfind("\n\n")
    if block_start < 0:
        return
    lines = text[block_start + 2 :].split("\n")
    offset = block_start + 2
    for line in lines[:3]:
        stripped = line.strip()
        match = NAME.fullmatch(stripped) if stripped else None
        if match:
            start = offset + line.index(stripped)
            s, e = trim(doc.text, start, start + len(stripped))
            tokens = name_tokens(doc.text[s:e])
            single_unknown = len(tokens) == 1 and not (is_known_first_name(tokens[0]) or is_known_surname(tokens[0]))
            if e > s and plausible(doc.text[s:e]) and not single_unknown:
                yield doc.entity(s, e, "NAAM", "naam-slotregel", 0.8)
        offset += len(line) + 1


# "Op 5 maart 2024 om 10:02 schreef Jan Jansen <jan@example.nl>:" and its English form.
WROTE = re.compile(r"(?i)\b(?:schreef|wrote|heeft geschreven)[ \t]+(?:\"?)([^<\n\"]{2,60}?)\"?[ \t]*<")
# Transcripts: "Sanne: goedemiddag", "Medewerker (Sanne): ..." — a first name as speaker label.
SPEAKER = re.compile(r"(?m)^[ \t]*(?:[\w-]+[ \t]+\()?([A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+)?)\)?[ \t]*:")


@register("naam-schreef")
def detect_wrote(doc):
    if "<" not in doc.text:
        return
    for match in WROTE.finditer(doc.text):
        yield from _signature_entities(doc, match.start(1), match.end(1), "naam-schreef", 0.9)


@register("naam-spreker")
def detect_speaker(doc):
    if ":" not in doc.text:
        return
    for match in SPEAKER.finditer(doc.text):
        first = match.group(1).split()[0]
        if is_known_first_name(first):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-spreker", 0.85)


# A line like "Dorpsweg 12" or "7811 AB Emmen": the line above it is the sender's or addressee's name.
ADDRESS_LINE = re.compile(
    r"[A-Za-zÀ-ÿ'][\w'’ .-]*[ \t]\d{1,5}[a-zA-Z]?(?:[- ]\w{1,4})?[ \t]*|[1-9]\d{3}[ \t]?[A-Z]{2}\b.*"
)
LINES = re.compile(r"[^\n]*")


@register("naam-adresblok")
def detect_address_block(doc):
    lines = [m for m in LINES.finditer(doc.text) if m.end() > m.start()]
    for line, following in zip(lines, lines[1:], strict=False):
        if following.start() != line.end() + 1 or not ADDRESS_LINE.fullmatch(following.group().strip()):
            continue
        stripped = line.group().strip()
        if not stripped or ":" in stripped or len(stripped.split()) > 5:
            continue
        words = name_tokens(stripped)
        # "Stadhuis\nMarkt 1" is a building: a single word must be a known name (or come with initials).
        if (
            len(words) < 2
            and not re.search(r"\b[A-Z]\.", stripped)
            and not any(is_known_first_name(w) or is_known_surname(w) for w in words)
        ):
            continue
        start = line.start() + line.group().index(stripped)
        yield from _signature_entities(doc, start, start + len(stripped), "naam-adresblok", 0.8)


@register("naam-veld")
def detect_field(doc):
    for match in FIELD.finditer(doc.text):
        value = match.group(1).strip().strip("\"'")
        start = doc.text.index(value, match.start(1)) if value else match.start(1)
        yield from _signature_entities(doc, start, start + len(value), "naam-veld", 0.9)
