"""Round 10: short numbers and initials that a label or role makes personal, though their shape is too short to.

- A service number right after an enforcing or serving role ("boa 2217", "agent 4471", "handhaver nr. 18"):
  the number is that officer's badge.
- A case code of capitals, a year and a serial ("KB 2026-22", "WOO 2025/118"): the year makes it a register
  number, the serial a single case.
- Initials alone after a role label ("Notulist: H.L.", "Behandelaar: E.W.K.", "behandelaar | K.L."): the
  label says a person follows; with a surname the name detectors take it.
"""

import re

from openklachten.anonymisation.detector_catalogue import register

BADGE_ROLES = frozenset(
    "boa agent agente hoofdagent brigadier handhaver parkeercontroleur controleur toezichthouder "
    "conducteur buschauffeur chauffeur".split()
)
# The scan starts at the role word (a literal); the number must not be a quantity, time or year.
BADGE = re.compile(
    r"\b(?:boa|agente?|hoofdagent|brigadier|handhaver|parkeercontroleur|controleur|toezichthouder|conducteur|"
    r"buschauffeur|chauffeur)[ \t]+(?:met[ \t]+)?(?:nr\.?|nummer|dienstnummer)?[ \t]*(\d{2,6})(?![\d.,:/-]\d|\d)"
    r"(?![ \t]*(?:%|euro|uur|u\b|min|minuten|keer|x\b|dagen|weken|maanden|jaar|km|meter|m\b|procent))"
)
YEAR = re.compile(r"(?:19|20)\d\d")
CASE_CODE = re.compile(r"(?<![\w/-])[A-Z]{2,5}[ \t]?(?:19|20)\d{2}[-/]\d{1,6}(?![\w/-])")
CASE_CODE_HINT = re.compile(r"[A-Z][ \t]?(?:19|20)\d\d[-/]\d")
# Public documents carry such codes too: "NEN 2020-1", "rapport 2024/12".
PUBLIC_CODE = re.compile(r"^(?:NEN|ISO|EN|NTA|NPR|CEN|ECLI|AMVB|STB|STCRT)\b")
PUBLIC_BEFORE = re.compile(r"(?i)(rapport|artikel|art\.|kamerstuk|staatscourant|besluit|wet|norm)[\w-]*\W{0,12}$")
LABEL_INITIALS = re.compile(
    r"\b(?i:notulist|notulen|behandelaar|behandeld[ \t]+door|opgesteld[ \t]+door|paraaf|contactpersoon|"
    r"afzender|verslag|verslaglegging|secretaris|voorzitter|gesprek[ \t]+door)[ \t]*[:|][ \t]*"
    r"([A-Z]\.(?:[ \t]?[A-Z]\.){0,4})(?![\w])(?![ \t]?(?:[a-z]{1,3}[ \t])?[A-Z][a-z])"
)
LABEL_WORDS = frozenset(
    "notulist notulen behandelaar behandeld opgesteld paraaf contactpersoon afzender verslag "
    "verslaglegging secretaris voorzitter gesprek".split()
)


@register("dossier-dienstnummer")
def detect_short_codes(doc):
    if not doc.words.isdisjoint(BADGE_ROLES):
        for match in BADGE.finditer(doc.lower):
            if not YEAR.fullmatch(match.group(1)):
                yield doc.entity(match.start(1), match.end(1), "DOSSIERNUMMER", "dossier-dienstnummer", 0.85)
    if CASE_CODE_HINT.search(doc.text):
        for match in CASE_CODE.finditer(doc.text):
            before = PUBLIC_BEFORE.search(doc.text, max(0, match.start() - 20), match.start())
            serial = re.split(r"[-/]", match.group())[-1]
            # "COVID 2020-2021": a span of years, not a serial.
            if PUBLIC_CODE.match(match.group()) or before or YEAR.fullmatch(serial):
                continue
            yield doc.entity(match.start(), match.end(), "DOSSIERNUMMER", "dossier-jaarcode", 0.85)
    if not doc.words.isdisjoint(LABEL_WORDS):
        for match in LABEL_INITIALS.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-label-initialen", 0.85)
