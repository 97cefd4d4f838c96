"""ANDER: descriptions that point at one person or household without naming them.

"de enige rolstoelgebruiker in de Lindehof", "de bewoonster op de derde verdieping van nummer 14",
"de tweeling uit groep 5 van De Regenboog": a unique role in a small, named place singles a person out.
"""

import re

from openklachten.anonymisation.detector_catalogue import register

PLACE_NAME = r"(?:(?:de|het|De|Het)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
PREPOSITION = r"(?:in|op|van|uit|aan|bij|boven|naast|tegenover|achter|onder)"
# "de enige bakker in Bornerbroek", "als enige vrachtwagenchauffeur bij de melkfabriek in Lochem", "de enige
# bewoonde woning boven de bakkerij op de hoek van het Mercatorplein": a chain of lower-case places may lead to
# the named one.
ONLY_ONE = re.compile(
    rf"\b(?:(?:de|het|als)[ \t]+)?enige[ \t]+([\w-]+)(?:[ \t]+[\w-]+){{0,2}}?"
    rf"(?:[ \t]+{PREPOSITION}[ \t]+(?:de|het|een)[ \t]+[a-zß-ÿ][\w-]*){{0,3}}"
    rf"[ \t]+{PREPOSITION}[ \t]+{PLACE_NAME}(?:[ \t]+(?:in|te)[ \t]+{PLACE_NAME})?"
)
# "de enige manier in Utrecht" says nothing about a person.
NOT_SINGLING_OUT = frozenset(
    "manier oplossing reden optie mogelijkheid keuze keer vraag probleem antwoord moment tijd kans weg route "
    "bus trein lijn halte dag week maand jaar ding dingen zaak".split()
)
FLOOR = re.compile(
    r"\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|bovenste|onderste|\d{1,2}e)"
    r"[ \t]+(?:verdieping|etage|woonlaag)[ \t]+(?:van|op)[ \t]+(?:nummer|nr\.?|huisnummer)[ \t]+\d{1,4}[a-z]?\b"
)
SCHOOL_CLASS = re.compile(
    rf"\b(?:de|het|die|dat)[ \t]+[\w-]+[ \t]+uit[ \t]+(?:groep|klas|brugklas)[ \t]+\d{{1,2}}[a-z]?[ \t]+(?:van|"
    rf"op)[ \t]+{PLACE_NAME}"
)


# "de juf van groep 4 van De Wilgen", "de mentor van klas 2b": one teacher per class.
CLASS_TEACHER = re.compile(
    r"\b(?:juf|juffrouw|meester|leerkracht|mentor|mentrix|docent|docente|groepsleerkracht)[ \t]+van[ \t]+"
    # Round 10: "klas 3B" in capitals too; a class letter is never cut off from its number.
    rf"(?:groep|klas|brugklas)[ \t]+\d{{1,2}}[a-zA-Z]?(?!\w)(?:[ \t]+(?:van|op)[ \t]+{PLACE_NAME})?"
)


@register("functie-leerkracht")
def detect_class_teacher(doc):
    if "groep" not in doc.words and "klas" not in doc.words and "brugklas" not in doc.words:
        return
    for match in CLASS_TEACHER.finditer(doc.text):
        yield doc.entity(match.start(), match.end(), "FUNCTIE", "functie-leerkracht", 0.85)


@register("ander-beschrijving")
def detect_description(doc):
    low = doc.lower
    for needed, pattern in (
        ("enige", ONLY_ONE),
        ("verdieping", FLOOR),
        ("etage", FLOOR),
        ("uit groep", SCHOOL_CLASS),
        ("uit klas", SCHOOL_CLASS),
    ):
        if needed in low:
            for match in pattern.finditer(doc.text):
                if pattern is ONLY_ONE and NOT_SINGLING_OUT.intersection(match.group().lower().split()[:5]):
                    continue
                yield doc.entity(match.start(), match.end(), "ANDER", "ander-beschrijving", 0.8)
