"""LEEFTIJD (and, round 10, a sole trader's KvK number): an age written as an apposition to a found name:
"Klager (Kidane Tekle Mehari, 29, statushouder)", "Jan de Vries, 34, uit Zwolle". The age detectors only know
names from the lists; this runs on found names."""

import re

from openklachten.anonymisation.entities import Entity

AGE_AFTER_NAME = re.compile(r",[ \t]*(\d{1,3})(?=[ \t]*[,)])")
# Round 10: "Mevrouw Winter (77) vindt", "mijn moeder Mia Smeets is 89 en": a bare number in brackets, or after
# "is", right after a found name (the age detectors only know names from the lists).
BRACKET_AGE = re.compile(r"[ \t]{1,3}\((\d{1,3})\)")
IS_AGE = re.compile(
    r"[ \t]+is[ \t]+(?:nu[ \t]+|inmiddels[ \t]+|bijna[ \t]+)?(\d{1,3})(?=[ \t]*(?:en\b|maar\b|,|\.(?!\d)|;))"
)
OLDEST = 110
# Round 10: "Jan Smit, KvK 71804452", "(Akkerbouwbedrijf Smit & Zn., KvK 04128817)": the trade register number
# of a business named after a found person is that person's (a sole trader's) number.
KVK_AFTER = re.compile(r"[^\n()]{0,30}?\b(?:KvK|KVK|kvk)(?:-nummer|[ \t]*nr\.?|[ \t]*nummer)?[ \t:]*(\d{8})(?!\d)")


def ages(text: str, entities: list[Entity]) -> list[Entity]:
    found = []
    trade_register = "kvk" in text.lower()
    for entity in entities:
        if entity.type != "NAAM":
            continue
        match = (
            AGE_AFTER_NAME.match(text, entity.end)
            or BRACKET_AGE.match(text, entity.end)
            or IS_AGE.match(text, entity.end)
        )
        if match and int(match.group(1)) <= OLDEST:
            found.append(Entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-bijstelling", 0.85))
        kvk = KVK_AFTER.match(text, entity.end) if trade_register else None
        if kvk:
            found.append(Entity(kvk.start(1), kvk.end(1), "DOSSIERNUMMER", "dossier-kvk-persoon", 0.85))
    return found
