"""GEZONDHEID (round 11): medication and disease names from a licensed list, plus Dutch word formation.

The lists (data/medication*.txt.gz, data/condition_terms.txt.gz) are built by build_health_lists.py from two MIT
packages (MeSH and DrugBank's open vocabulary) in Dutch spelling, without ordinary Dutch words and names, so a
listed word is a health detail wherever it stands. Brand names ("Xarelto") count only next to a medication cue.
Dutch-only words no international list has ("delier", "kinkhoest") and compounds ("urineweginfectie",
"alcoholintoxicatie", "assistentiehond") are covered by our own words and endings below.
"""

import gzip
import re
from functools import lru_cache

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.lookup import DATA

# Dutch names of conditions and events that the (English) lists cannot give; our own words.
OWN_TERMS = frozenset(
    "delier delirium mazelen kinkhoest waterpokken rodehond roodvonk gordelroos krentenbaard hartstilstand "
    "hersenschade hartkloppingen hartritmestoornissen decubitus doorligwonden doorligplekken slapeloos "
    "slapeloosheid stotteren stotteraar hyperventilatie bloedarmoede ondervoeding uitdroging longontsteking "
    "nierstenen galstenen spataderen aambeien jicht suikerziekte hersenvliesontsteking blaasontsteking "
    "huidkanker zonnesteek onderkoeling hoogtevrees smetvrees pleinvrees claustrofobie".split()
)
MULTIWORD = re.compile(r"(?<![\w-])(?:spina[ \t]+bifida|grijze[ \t]+staar|groene[ \t]+staar|rode[ \t]+hond)(?![\w-])")
# Compounds: an infection, a poisoning, pneumonia or a stutter of any kind; an assistance dog; complaints of a
# body part ("handklachten").
COMPOUND = re.compile(
    r"(?<![\w-])(?:[a-zà-ÿ]{3,}(?:infectie|infecties|intoxicatie|vergiftiging|pneumonie)|stotter[a-z]+|"
    r"(?:hulp|assistentie|signaal|geleide|epilepsie|diabetes|autisme|ptss)hond(?:en)?|"
    r"(?:hand|pols|voet|enkel|schouder|elleboog|oog|ogen|oor|huid|blaas|darm|knie|heup|vinger)klachten|"
    r"(?:lever|nier|hart|long|darm|hersen|bloed|oog|huid|chromosoom)afwijkingen)(?![\w-])"
)
COMPOUND_HINTS = ("infectie", "intoxicatie", "vergiftiging", "pneumonie", "stotter", "hond", "klachten", "afwijkingen")
# Cataract: "staar" is also "I stare" ("ik staar naar"), so only as what someone has or is treated for.
CATARACT = re.compile(
    r"(?<![\w-])(?:(?:heb|heeft|had|hebben|met|aan|voor|tegen)[ \t]+(?:(?:de|mijn|zijn|haar)[ \t]+)?(staar)"
    r"|(staar)[ \t]+(?:heb|heeft|had|hebben|gehad))(?![\w-])"
)
# "voedselvergiftiging" is health; "luchtvergiftiging", "bodemvergiftiging" are not about a person.
NOT_PERSONAL = ("lucht", "bodem", "grond", "water", "milieu", "computer", "virus-", "malware")
# Dutch medical abbreviations, in capitals only: diabetes type 1/2, heart attacks, sleep apnoea.
ABBREVIATION = re.compile(r"(?<![\w-])(?:DM[12]|DM[ \t]+type[ \t]+[12]|N?STEMI|OSAS|COPD|HIV|PTSS|CVA)(?![\w-])")
ABBREVIATION_HINTS = ("DM", "STEMI", "OSAS", "COPD", "HIV", "PTSS", "CVA")
# Crutches only as an aid: "op krukken", "met krukken", "aan krukken"; bar stools ("zaten op krukken") stay.
CRUTCHES = re.compile(r"(?<![\w-])(?<!zit )(?<!zat )(?<!zaten )(?<!zitten )(?:op|met|aan)[ \t]+(krukken)(?![\w-])")
MEDICATION_CUE = frozenset(
    "mg medicijn medicijnen medicatie voorgeschreven slikt slik slikken tablet tabletten pillen pil recept "
    "apotheek apotheker dosis spuit injectie injecties gebruikt".split()
)


def _read(name: str) -> frozenset[str]:
    with gzip.open(DATA / f"{name}.txt.gz", "rt", encoding="utf-8") as handle:
        return frozenset(line for line in handle.read().split("\n") if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def listed_terms() -> frozenset[str]:
    """Generic drug names and disease names (build_health_lists.py) plus our own Dutch terms."""
    return _read("medication") | _read("condition_terms") | OWN_TERMS


@lru_cache(maxsize=None)
def brand_names() -> frozenset[str]:
    return _read("medication_brands")


@register("gezondheid-lijst")
def detect_health_vocabulary(doc):
    found = doc.words & listed_terms()
    if not doc.words.isdisjoint(MEDICATION_CUE):
        found |= doc.words & brand_names()
    lower = doc.lower
    for low in found:
        # Also the first part of a hyphenated compound ("mazelen-besmetting"), which doc.positions skips.
        for match in re.finditer(rf"(?<![\w-]){low}(?!\w)(?!-(?:[a-z]{{1,3}}(?![\w-])))", lower):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-lijst", 0.85)
    for match in MULTIWORD.finditer(lower) if ("spina" in lower or "staar" in lower or "rode" in lower) else ():
        yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-lijst", 0.85)
    if any(hint in lower for hint in COMPOUND_HINTS):
        for match in COMPOUND.finditer(lower):
            if not match.group().startswith(NOT_PERSONAL):
                yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-lijst", 0.85)
    if any(hint in doc.text for hint in ABBREVIATION_HINTS):
        for match in ABBREVIATION.finditer(doc.text):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid-lijst", 0.85)
    if "staar" in doc.words:
        for match in CATARACT.finditer(lower):
            group = 1 if match.group(1) else 2
            yield doc.entity(match.start(group), match.end(group), "GEZONDHEID", "gezondheid-lijst", 0.85)
    if "krukken" in doc.words:
        for match in CRUTCHES.finditer(lower):
            yield doc.entity(match.start(1), match.end(1), "GEZONDHEID", "gezondheid-lijst", 0.85)
