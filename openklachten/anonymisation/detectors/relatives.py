"""ANDER: people identified through their relation to the complainant ("haar zoon Daan", "de buurman op nummer 19").

A named relative is redacted as a name (the relation word stays readable: "haar zoon [NAAM-2]");
a neighbour identified by house number or floor loses that number or floor.
"""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.detectors.names import _name_after
from openklachten.anonymisation.vocabulary import POSSESSIVES, RELATIVES

RELATIVE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(POSSESSIVES)
    + r")(?:\s+\w+)?\s+(?:"
    + "|".join(sorted(RELATIVES, key=len, reverse=True))
    + r")(?:,)?[ \t]+"
)
NEIGHBOUR = re.compile(
    r"(?i)(?<!\w)(?:de\s+)?(?:vorige\s+|nieuwe\s+|oude\s+)?(?:buurman|buurvrouw|buren|bovenburen|onderburen|buurjongen|"
    r"buurmeisje|bewoner|bewoners|bewoonster|huurder|huurders|eigenaar|overburen)\s+"
    # "de bewoner van de benedenwoning op nummer 27": the dwelling may come between
    r"(?:van\s+(?:de|het)\s+[a-z][\w-]*\s+)?"
    r"((?:op|van|aan)\s+(?:nummer|nr\.?|huisnummer|no\.?)\s*\d+[a-zA-Z]?\b|(?:van|op)\s+(?:de\s+)?(?:eenhoog|tweehoog|driehoog|vierhoog|vijfhoog|"
    r"drie-hoog|twee-hoog|een-hoog|\d+(?:e|ste|de)\s+verdieping|begane\s+grond|hiernaast|ernaast|hierboven|hieronder|de\s+overkant))"
)


NEIGHBOUR_WORDS = frozenset(
    "buurman buurvrouw buren bovenburen onderburen buurjongen buurmeisje bewoner bewoners bewoonster huurder "
    "huurders eigenaar overburen".split()
)


@register("ander-relatie")
def detect_named_relative(doc):
    if doc.words.isdisjoint(RELATIVES):
        return
    for match in RELATIVE.finditer(doc.text):
        entity = _name_after(doc, match.end(), "ander-relatie", 0.9, allow_lower=True, strict=True)
        if entity:
            yield entity


@register("ander-buren")
def detect_neighbour(doc):
    if doc.words.isdisjoint(NEIGHBOUR_WORDS):
        return
    for match in NEIGHBOUR.finditer(doc.text):
        yield doc.entity(match.start(1), match.end(1), "ANDER", "ander-buren", 0.85)


# Round 10: a relative of an office holder is one person ("de zwager van de wethouder", "de wethouder z'n
# zwager", "het zoontje van de directeur"): the office makes the relative findable. Grammar: relative + "van de"
# + office, or office + possessive + relative.
OFFICES = (
    r"wethouder|burgemeester|directeur|directrice|schooldirecteur|gemeentesecretaris|dijkgraaf|gedeputeerde|"
    r"griffier|raadslid|wijkagent|rector|voorzitter|dominee|pastoor|predikant|huisarts|commissaris|korpschef"
)
KIN_WORDS = "|".join(sorted(RELATIVES - {"vriend", "vriendin", "partner", "kind"}, key=len, reverse=True))
KIN_OF_OFFICE = re.compile(
    rf"(?i)(?<![\w-])(?:de|het|die)[ \t]+(?:{KIN_WORDS})[ \t]+van[ \t]+(?:de|het|onze|jullie|uw)[ \t]+(?:{OFFICES})"
    rf"(?![\w-])"
)
OFFICE_KIN = re.compile(
    rf"(?i)(?<![\w-])(?:de|het)[ \t]+(?:{OFFICES})[ \t]+(?:z'n|z’n|zijn|haar|d'r|d’r|zn)[ \t]+(?:{KIN_WORDS})(?![\w-])"
)
OFFICE_WORDS = frozenset(OFFICES.split("|"))


@register("ander-familie-ambt")
def detect_relative_of_office(doc):
    if doc.words.isdisjoint(OFFICE_WORDS) or doc.words.isdisjoint(RELATIVES):
        return
    for pattern in (KIN_OF_OFFICE, OFFICE_KIN):
        for match in pattern.finditer(doc.text):
            yield doc.entity(match.start(), match.end(), "ANDER", "ander-familie-ambt", 0.85)
