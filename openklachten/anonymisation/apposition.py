"""LEEFTIJD: an age written as an apposition to a found name: "Klager (Kidane Tekle Mehari, 29, statushouder)",
"Jan de Vries, 34, uit Zwolle". The age detectors only know names from the lists; this runs on found names."""

import re

from openklachten.anonymisation.entities import Entity

AGE_AFTER_NAME = re.compile(r",[ \t]*(\d{1,3})(?=[ \t]*[,)])")
# Round 10: "Mevrouw Winter (77) vindt", "mijn moeder Mia Smeets is 89 en": a bare number in brackets, or after
# "is", right after a found name (the age detectors only know names from the lists).
BRACKET_AGE = re.compile(r"[ \t]{1,3}\((\d{1,3})\)")
IS_AGE = re.compile(r"[ \t]+is[ \t]+(?:nu[ \t]+|inmiddels[ \t]+|bijna[ \t]+)?(\d{1,3})(?=[ \t]*(?:en\b|maar\b|,|\.(?!\d)|;))")
OLDEST = 110


def ages(text: str, entities: list[Entity]) -> list[Entity]:
    found = []
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
    return found
