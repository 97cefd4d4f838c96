"""ANDER (round 9): a room, cell or flat number inside an institution points at the one person living there.

Shape, not vocabulary: a literal room word and a number ("kamer 214", "cel 14", "flat 7-04", "kamer 2.17"),
with the ward or group it is on when that is written next to it ("afdeling C2, cel 14", "kamer 214, afdeling
de Meeuw", "groep Vlinder, kamer 3"). A room number alone is no address, but with the home it sits in it is one.
"""

import re

from openklachten.anonymisation.detector_catalogue import register

ROOM_WORDS = frozenset("kamer kamernummer cel celnummer flat flatnummer chalet unit".split())
# Starts at the literal room word (the regex engine jumps to k/c/f/u); a number right after it.
ROOM = re.compile(
    r"\b(?:kamer|kamernummer|cel|celnummer|flat|flatnummer|chalet|unit)[ \t]+(?:nr\.?[ \t]*)?"
    r"\d{1,4}(?:[.-]\d{1,3})?[a-z]?\b"
)
WARD = r"(?:afdeling|groep|paviljoen|vleugel|unit|woongroep|gang)[ \t]+(?:de[ \t]+|het[ \t]+)?"
# The ward before the room: "afdeling C2, cel 14", "groep Vlinder, kamer 3" (the name or code, then a comma).
WARD_BEFORE = re.compile(rf"(?i:{WARD})[A-ZÀ-Þ0-9][\w-]*,?[ \t]+(?:op[ \t]+)?$")
WARD_AFTER = re.compile(rf",?[ \t]+(?:op[ \t]+)?(?i:{WARD})[A-ZÀ-Þ0-9][\w-]*")


@register("ander-kamer")
def detect_room(doc):
    if doc.words.isdisjoint(ROOM_WORDS):
        return
    text = doc.text
    for match in ROOM.finditer(doc.lower):
        start, end = match.start(), match.end()
        before = WARD_BEFORE.search(text, max(0, start - 40), start)
        if before:
            start = before.start()
        after = WARD_AFTER.match(text, end)
        if after:
            end = after.end()
        yield doc.entity(start, end, "ANDER", "ander-kamer", 0.85)
