"""NAAM (round 10): surnames that a case note ties to a person without a title, and user names.

- "kl. Van Oostveen belde": "kl." (klant/klager) in a call note works as a title before a capitalised surname.
- "(zaak Boelhouwer)", "dossier Van Dijk": a case named after its person.
- "toen ik zijn naam vroeg zei hij "Bertens, ..."": a quoted name in the clause after "zijn/haar naam".
- "bij Brouwer aan de Molenstraat": "bij" + a listed surname + where the household lives.
- "kiki.visscher", "jan_de_vries": a user name made of a listed first name and a listed surname.
A capitalised word that is a common word, place or organisation word is no surname here.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS

PARTICLES = r"(?:[Vv]an[ \t]+(?:de|der|den)[ \t]+|[Vv]an[ \t]+|[Dd]e[ \t]+|[Tt]er[ \t]+|[Tt]en[ \t]+|[Ee]l[ \t]+)?"
SURNAME = rf"({PARTICLES})([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?![\w-])"
CLIENT = re.compile(rf"\bkl\.[ \t]+{SURNAME}")
CASE_OF = re.compile(rf"\b(?:zaak|dossier|casus|kwestie)[ \t]+{SURNAME}")
HANDLE = re.compile(r"(?<![\w.@/-])([a-z]{3,})[._]([a-z]{3,})(?![\w@/-]|\.[a-z])")
# "sinds de biogas bij Brouwer aan de Molenstraat draait": "bij" + a listed surname + where that household is
# (a street or house number after "aan/op"); the surname may also be a word ("Brouwer", "Bakker").
HOUSEHOLD = re.compile(
    rf"bij[ \t]+{SURNAME}(?=[ \t]+(?:aan|op)[ \t]+(?:de[ \t]+|het[ \t]+|nummer[ \t]+|nr\.?[ \t]*)?(?:[A-ZÀ-Þ]|\d))"
)


def _household(doc):
    for position in doc.positions("bij"):
        match = HOUSEHOLD.match(doc.text, position)
        if not match:
            continue
        particle, word = match.group(1), match.group(2)
        low = word.lower()
        if (particle or low in lookup.surnames()) and _surname(particle or "-", word):
            start = match.start(1) if particle else match.start(2)
            yield doc.entity(start, match.end(2), "NAAM", "naam-huishouden", 0.8)


# Speed: the scan jumps to "." or "_" between lower-case letters; the handle is then read from the word before.
HANDLE_JOINT = re.compile(r"[._](?<=[a-z]{3}[._])(?=[a-z]{3})")
WORD_START = re.compile(r"[a-z]+$")


def _handles(text: str):
    seen = -1
    for joint in HANDLE_JOINT.finditer(text):
        word = WORD_START.search(text, max(0, joint.start() - 40), joint.start())
        if word and word.start() > seen:
            match = HANDLE.match(text, word.start())
            if match:
                seen = match.end()
                yield match


CUE_WORDS = frozenset("kl zaak dossier casus kwestie".split())
# "Toen ik zijn naam vroeg zei hij "Bertens, en wat dan nog"": a quote that opens with a capitalised word, in
# the clause after "zijn/haar naam".
NAME_QUOTED = re.compile(
    r"\b(?:zijn|haar|z'n|d'r|uw|je|jouw)[ \t]+naam\b[^.!?\n\"“„]{0,40}[\"“„]"
    rf"{SURNAME}(?=[ \t]*[,.!?\"”])"
)


def _surname(particle: str, word: str) -> bool:
    low = word.lower()
    if low in lookup.places() or low in ORGANISATION_WORDS or low in NOT_NAMES:
        return False
    return bool(particle) or low not in lookup.common_words()


@register("naam-zaak")
def detect_case_names(doc):
    if not doc.words.isdisjoint(CUE_WORDS):
        for pattern in (CLIENT, CASE_OF):
            for match in pattern.finditer(doc.text):
                if _surname(match.group(1), match.group(2)):
                    yield doc.entity(
                        match.start(1) if match.group(1) else match.start(2), match.end(2), "NAAM", "naam-zaak", 0.8
                    )
    if "naam" in doc.words:
        for match in NAME_QUOTED.finditer(doc.text):
            if _surname(match.group(1), match.group(2)):
                yield doc.entity(
                    match.start(1) if match.group(1) else match.start(2), match.end(2), "NAAM", "naam-zaak", 0.8
                )
    if "bij" in doc.words and ("aan" in doc.words or "op" in doc.words):
        yield from _household(doc)
    for match in _handles(doc.text) if "." in doc.text or "_" in doc.text else ():
        first, last = match.group(1), match.group(2)
        if first in lookup.first_names() and last in lookup.surnames() and last not in lookup.common_words():
            yield doc.entity(match.start(), match.end(), "NAAM", "naam-gebruikersnaam", 0.8)
