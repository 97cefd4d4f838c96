"""ANDER: descriptions that point at one person or household without naming them.

"de enige rolstoelgebruiker in de Lindehof", "de bewoonster op de derde verdieping van nummer 14",
"de tweeling uit groep 5 van De Regenboog": a unique role in a small, named place singles a person out.
"""

import re

from openklachten.anonymisation.detector_catalogue import register

PLACE_NAME = r"(?:(?:de|het|De|Het)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
ONLY_ONE = re.compile(
    rf"\b(?:de|het)[ \t]+enige[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+(?:in|op|van|uit|aan|bij)[ \t]+{PLACE_NAME}"
)
FLOOR = re.compile(
    r"\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|bovenste|onderste|\d{1,2}e)"
    r"[ \t]+(?:verdieping|etage|woonlaag)[ \t]+(?:van|op)[ \t]+(?:nummer|nr\.?|huisnummer)[ \t]+\d{1,4}[a-z]?\b"
)
SCHOOL_CLASS = re.compile(
    rf"\b(?:de|het|die|dat)[ \t]+[\w-]+[ \t]+uit[ \t]+(?:groep|klas|brugklas)[ \t]+\d{{1,2}}[a-z]?[ \t]+(?:van|op)[ \t]+{PLACE_NAME}"
)


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
                yield doc.entity(match.start(), match.end(), "ANDER", "ander-beschrijving", 0.8)
