"""GEZONDHEID (round 10): health events and implants that carry no cue phrase and no condition word.

Morphology and grammar, not a list of diagnoses: an attack of an organ or a condition ("hartaanval",
"paniekaanvallen", "een epileptisch insult"), a pregnancy loss ("miskraam"), a replaced joint or valve ("een nieuwe
heup gekregen", "een kunstknie"), and a rare disease named after "een (zeldzame|ernstige) vorm van"
("een ernstige vorm van epidermolysis bullosa"), where the name is no common Dutch word.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register

ATTACK = re.compile(
    r"(?<![\w-])(?:hart|paniek|angst|astma|astma-|migraine|epilepsie|hyperventilatie|jicht|galsteen|"
    r"nierstenen|hoest)aanval(?:len)?(?![\w-])|(?<![\w-])epileptische?[ \t]+insult(?:en)?(?![\w-])"
)
PREGNANCY_LOSS = re.compile(r"(?<![\w-])(?:miskra(?:am|men)|doodgeboren|doodgeboorte|vroeggeboorte)(?![\w-])")
IMPLANT = re.compile(
    r"(?<![\w-])(?:een[ \t]+)?(?:nieuwe[ \t]+(?:heup|knie|hartklep|schouder|ooglens|nier|lever)|kunst(?:heup|knie|"
    r"heupen|knieën|gebit|been|arm|klep)|(?:heup|knie|schouder)prothese|pacemaker|ICD)(?![\w-])"
    r"(?=[^.!?\n]{0,40}\b(?:gekregen|geplaatst|ingebracht|heeft|had|sinds|na)\b)"
)
RARE_FORM = re.compile(
    r"(?<![\w-])(?:een[ \t]+)(?:zeldzame|ernstige|agressieve|erfelijke|aangeboren|zware|chronische)[ \t]+"
    r"vorm[ \t]+van[ \t]+([a-zà-ÿ][\wà-ÿ-]{3,}(?:[ \t]+[a-zà-ÿ][\wà-ÿ-]{3,})?)"
)
IMPLANT_HINTS = ("nieuwe", "kunst", "prothese", "pacemaker", "icd")


@register("gezondheid-gebeurtenis")
def detect_health_events(doc):
    lower = doc.lower
    # Speed: each pattern runs only when the literal part every match of it holds is in the text.
    if "aanval" in lower or "insult" in lower:
        for match in ATTACK.finditer(lower):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-gebeurtenis", 0.85)
    if "miskra" in lower or "doodgebo" in lower or "vroeggeboorte" in lower:
        for match in PREGNANCY_LOSS.finditer(lower):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-gebeurtenis", 0.85)
    if any(h in lower for h in IMPLANT_HINTS):
        for match in IMPLANT.finditer(doc.text):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-gebeurtenis", 0.8)
    for match in RARE_FORM.finditer(lower) if "vorm" in lower else ():
        first = match.group(1).split()[0]
        # The disease's first word is in no Dutch lexicon ("ichthyosis"; "nalatigheid" is a word).
        if first not in lookup.common_words() and first not in lookup.dutch_words():
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-gebeurtenis", 0.8)
