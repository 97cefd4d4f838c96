"""Case, customer and dossier numbers of a person: the number after a label such as zaaknummer or kenmerk."""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.fastre import finditer_at, occurrences

LABELS = (
    r"zaak|dossier|klant|cliënt|client|relatie|aanslag|aanvraag|inschrijf|registratie|referentie|melding|"
    r"factuur|polis|contract|huurder|huur|beschikking|vordering|betalings|naheffingsaanslag|naheffings|"
    r"klacht|bezwaar|lid|leerling|patiënt|debiteur|abonnee|werknemer|personeels|verzekerden|dienst|afspraak|order|"
    r"bestel|pas|vergunning|ref|boete|cjib|parkeer"
)
# "zaaknummer", "ons kenmerk", "dossier met nummer", "naheffingsaanslag", "klantnr.", "case number"
TRIGGER = re.compile(
    r"\b(?:(?:" + LABELS + r")[\s-]?(?:nu(?:m|rn)(?:m|rn)er|nr\.?|no\.?|kenmerk|id)|(?:ons|uw|het)\s+kenmerk|kenmerk|"
    r"dossier(?:\s+met\s+nummer)?|zaak|referentie|naheffingsaanslag|aanslag|case\s+(?:number|no\.?)|"
    r"reference|ticket(?:nummer)?|onder\s+nummer|met\s+nummer|nummer|ref\.|ref:|sessie(?:-?id)?)"
    r"(?:\s*(?:is|was|luidt|:|#|van|bij\s+\w+\s+is)|\s+[a-zà-ÿ]{3,20}\s*:)?[\s:#(]*"
)
# The number itself: starts with a letter or digit, holds at least three digits, may be grouped.
# "KC 26/118": a letter prefix may stand apart from its digits.
IDENTIFIER = re.compile(r"(?:[A-Z]{1,5}(?:[-/.]|\s(?=\d))?)*\d[\dA-Z]*(?:(?:[-/.]|\s(?=\d))[\dA-Z]+)*")
# Shaped like a case number even without a label: letters, a dash, then digits ("KL-2023-08817").
SHAPED = re.compile(
    r"(?<![\w/-])[A-Z]{1,5}(?:-[A-Z]{1,5})*-\d{2,8}(?:-\d{1,8})+(?![\w/])|(?<![\w/-])[A-Z]{2,5}-\d{5,10}(?![\w/])"
    r"|(?<![\w/-])[A-Z]{1,5}/\d{2,4}/\d{3,10}(?:/[A-Z\d]{1,6})?(?![\w/])"  # "Z/24/119283", "BZW/2024/00412"
)
# Round 8 (shape): several letter segments before the number ("WI/VL/26/11873", "LP/LS/26-0281"), a year and
# a letter code ("2026/MOR/118.204"); only tried when the text has a slash between a letter and a letter or digit.
SLASHED = re.compile(
    r"(?<![\w/-])[A-Z]{1,5}(?:/[A-Z]{1,5})+/\d{2,4}[-/]\d{3,10}(?![\w/])"
    r"|(?<![\w/-])(?:19|20)\d{2}/[A-Z]{2,6}/\d{1,3}(?:\.?\d{3})+(?![\w/])"
)
SLASH_HINT = re.compile(r"[A-Z]/[A-Z\d]|\d/[A-Z]")
# A lower-case prefix with a mixed code ("cht-7Y2K-0931"): the scan starts at the dash (speed).
LOWER_PREFIXED = re.compile(r"-(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}-\d{3,8}(?![\w/])")
LOWER_PREFIX = re.compile(r"(?<![\w/-])[a-z]{2,5}$")
# Before a code of several letter segments "besluit" is a personal decision, not a public one.
PUBLIC_FOR_CODES = re.compile(r"(?i)(rapport|artikel|art\.|ecli|kamerstuk|stcrt|staatscourant|wet)[\w-]*\W{0,12}$")
# Every SHAPED match holds a capital directly before "-" or "/" and a digit.
SHAPED_HINT = re.compile(r"[A-Z][-/]\d")
# Numbers of public documents and laws stay: "rapport 2023/118", "artikel 9:11", "ECLI:NL:...".
PUBLIC_BEFORE = re.compile(
    r"(?i)(rapport|artikel|art\.|ecli|kamerstuk|stcrt|staatscourant|besluit|wet|lrk|kvk|postbus|rsin|btw)[\w-]*\W{0,12}$"
)


# A cheap first pass: only where one of these words occurs is the full trigger pattern tried.
KEYWORD = re.compile(
    r"nu(?:m|rn)(?:m|rn)er|\bnr\b|\bno\.|kenmerk|dossier|\bzaak|referentie|aanslag|\bcase\b|reference|ticket"
)


# Round 8: "ref. 2026/...", "sessie cht-...": looked for only when the text has them (a separate pattern keeps
# KEYWORD's scan as fast as it was).
EXTRA_KEYWORD = re.compile(r"\bref[.:]|\bsessie")
# What each KEYWORD alternative starts with ("nu" for nummer/nurnmer/nurnrner).
KEYWORD_OPENINGS = tuple("nu nr no. kenmerk dossier zaak referentie aanslag case reference ticket".split())
KEYWORD_HINTS = (
    "num",
    "nr",
    "no.",
    "kenmerk",
    "dossier",
    "zaak",
    "referentie",
    "aanslag",
    "case",
    "reference",
    "ticket",
    "ref.",
    "ref:",
    "sessie",
)


DIGIT = re.compile(r"\d")


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


@register("dossiernummer")
def detect_case_number(doc):
    text = doc.text
    triggers = {}
    if not any(k in doc.lower for k in KEYWORD_HINTS):
        yield from _shaped(doc)
        return
    # Every KEYWORD match begins with one of its literal openings: the pattern is tried there only (speed).
    hits = list(finditer_at(KEYWORD, doc.lower, occurrences(doc.lower, KEYWORD_OPENINGS)))
    if "ref." in doc.lower or "ref:" in doc.lower or "sessie" in doc.lower:
        hits += EXTRA_KEYWORD.finditer(doc.lower)
    for hit in hits:
        if not DIGIT.search(text, hit.end(), hit.end() + 60):
            continue
        for trigger in TRIGGER.finditer(doc.lower, max(0, hit.start() - 30), min(len(text), hit.end() + 40)):
            triggers.setdefault(trigger.end(), trigger)
    for trigger in triggers.values():
        if PUBLIC_BEFORE.search(text[max(0, trigger.start() - 20) : trigger.end()]):
            continue
        match = IDENTIFIER.match(text, trigger.end())
        if not match or _digits(match.group()) < 3:
            continue
        value = match.group().rstrip(".-/")
        if re.fullmatch(r"(19|20)\d\d", value):
            continue  # "zaak uit 2023" is a year, not a number
        # A bare "nummer" is a weaker label than "zaaknummer" or "kenmerk".
        confidence = 0.85 if trigger.group().strip(" :#").lower().split()[-1:] in (["nummer"], ["is"]) else 0.9
        yield doc.entity(match.start(), match.start() + len(value), "DOSSIERNUMMER", "dossier-label", confidence)
    yield from _shaped(doc)


def _shaped(doc):
    text = doc.text
    # A cheap scan that skips to capitals decides whether SHAPED runs at all (speed).
    for match in SHAPED.finditer(text) if SHAPED_HINT.search(text) else ():
        if PUBLIC_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        yield doc.entity(match.start(), match.end(), "DOSSIERNUMMER", "dossier-vorm", 0.8)
    if "/" in text and SLASH_HINT.search(text):
        for match in SLASHED.finditer(text):
            if not PUBLIC_FOR_CODES.search(text[max(0, match.start() - 20) : match.start()]):
                yield doc.entity(match.start(), match.end(), "DOSSIERNUMMER", "dossier-vorm", 0.8)
    if "-" in text:
        for match in LOWER_PREFIXED.finditer(text):
            prefix = LOWER_PREFIX.search(text, max(0, match.start() - 6), match.start())
            if prefix:
                yield doc.entity(prefix.start(), match.end(), "DOSSIERNUMMER", "dossier-vorm", 0.8)
