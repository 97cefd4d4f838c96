"""NAAM (round 10): a surname in brackets right after the person it names ("deze agent (De Boer, zei hij)",
"mijn buurman (Verhoef, TL-330-J)", "de sluiswachter die dienst had (Van Toor, volgens de marifoon)").

Grammar: a person word (kin, neighbour, a role, or a noun with a job ending), at most a short relative clause,
then brackets that open with one or two capitalised words, a particle allowed, closed by "," or ")". A name
from the lists is found already; this takes listed surnames that no detector vouched for in this place
("(Verhoef, ...)") and, with a particle, surnames in no list ("(Van Toor, ...)").
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.detectors.ages import KIN_WORDS
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS

PERSON_WORDS = KIN_WORDS | frozenset(
    "agent agente boa handhaver medewerker medewerkster chauffeur buurman buurvrouw collega behandelaar "
    "ambtenaar inspecteur controleur monteur aannemer begeleider consulent coach".split()
)
# Job morphology: "sluiswachter", "schouwmeester", "wachtmeester", "klantmanager", "inrichtingswerker".
JOB_ENDING = re.compile(r"(?:wachter|meester|werker|leider|manager|medewerker|adviseur|arts|agent|man|vrouw)$")
PARTICLE = r"(?:[Vv]an(?:[ \t]+(?:de|der|den))?|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|[Ll]e|[Ee]l)"
BRACKETED = re.compile(rf"\((?:({PARTICLE})[ \t]+)?([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?=[ \t]*[,)])")
PERSON_BEFORE = re.compile(r"([a-zà-ÿ][a-zà-ÿ-]+)(?:[ \t]+(?:die|dat)(?:[ \t]+[a-zà-ÿ]+){1,4})?[ \t]*$")
UNIT_WORDS = re.compile(r"(?i)^(?:team|afdeling|loket|sector|wijk|bureau|dienst)|zaken$")


def _person(word: str) -> bool:
    return word in PERSON_WORDS or (len(word) > 5 and JOB_ENDING.search(word) is not None)


def _not_a_name(word: str, particle: str) -> bool:
    low = word.lower()
    whole = f"{particle} {word}".strip().lower()
    if whole in lookup.places() or low in ORGANISATION_WORDS or UNIT_WORDS.search(low):
        return True
    # Without a particle the word must be a listed surname and no common word: "de medewerker (Burgerzaken)" and
    # "de chauffeur (Arriva)" name a department or a company, not a person.
    return not particle and (low in lookup.common_words() or low in NOT_NAMES or low not in lookup.surnames())


@register("naam-tussen-haakjes")
def detect_bracketed_surname(doc):
    if "(" not in doc.text:
        return
    text = doc.text
    for match in BRACKETED.finditer(text):
        before = PERSON_BEFORE.search(doc.lower, max(0, match.start() - 50), match.start())
        if not before or not _person(before.group(1)):
            continue
        if _not_a_name(match.group(2), match.group(1) or ""):
            continue
        yield doc.entity(match.start() + 1, match.end(), "NAAM", "naam-tussen-haakjes", 0.8)
