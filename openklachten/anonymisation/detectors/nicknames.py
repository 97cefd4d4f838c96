"""NAAM (round 8): nicknames. A nickname identifies a person in a street, team or office as well as a name.

Grammar only: a quoted word in brackets right after a capitalised name ("Dennis Kok ("Dens")", "dhr. Jansen
("Toon")"); a quoted word with a naming verb ("die iedereen "Kampeer-Karel" noemt", "hij heet "Bolle""); a
quoted "de X" next to a cue that a real name is unknown or withheld ("de Rooie" (ik weet zijn echte naam niet)).
"""

import re

from openklachten.anonymisation.detector_catalogue import register

QUOTE = "\"“”'‘’„"
Q = f"[{QUOTE}]"
NICK = r"[A-ZÀ-Þ][\wÀ-ÿ'’-]{1,20}(?:[ \t-][A-ZÀ-Þ][\wÀ-ÿ'’-]{1,20})?"
AFTER_NAME = re.compile(rf"[A-ZÀ-Þ][\wÀ-ÿ'’-]+[ \t]+\({Q}({NICK}){Q}\)")
NAMING_VERB_AFTER = re.compile(rf"{Q}({NICK}){Q}[ \t]+(?:noemt|noemen|genoemd|heet|heten)\b")
NAMING_VERB_BEFORE = re.compile(
    rf"\b(?:noemt|noemen|genoemd|heet|heten|bijnaam|roepnaam|alias|aka)[ \t]+(?:(?:hem|haar|ze|hij|zij|ook|wel|"
    rf"hier|iedereen|de man|de vrouw)[ \t]+){{0,2}}{Q}({NICK}){Q}"
)
DE_NICK = re.compile(rf"{Q}((?:de|De)[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]{{2,20}}){Q}")
NAMING_WORDS = frozenset("noemt noemen genoemd heet heten bijnaam roepnaam alias aka".split())
REAL_NAME_CUE = re.compile(r"(?i)echte naam|bijnaam|noemen (?:hem|haar)|noemt (?:hem|haar)|wordt genoemd")


@register("naam-bijnaam")
def detect_nicknames(doc):
    text = doc.text
    if not any(q in text for q in QUOTE):
        return
    naming = not doc.words.isdisjoint(NAMING_WORDS)
    for pattern, needed in ((AFTER_NAME, "(" in text), (NAMING_VERB_AFTER, naming), (NAMING_VERB_BEFORE, naming)):
        for match in pattern.finditer(text) if needed else ():
            if not doc.is_kept(match.start(1), match.end(1)):
                yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-bijnaam", 0.85)
    for match in DE_NICK.finditer(text) if "de" in doc.words else ():
        around = text[max(0, match.start() - 80) : match.end() + 80]
        if REAL_NAME_CUE.search(around) and not doc.is_kept(match.start(1), match.end(1)):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-bijnaam", 0.85)
