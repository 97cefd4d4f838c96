"""Extend a found name with the surname that follows it: "met [wilma] kok", "[ahmed] el amrani", "[els] de boer",
and with the capitalised first name before it that is also an ordinary word: "Mei [van der Haverkamp]", "Roos [Jansen]".

Detectors that find a first name (a speaker label, "met jan", a greeting) stop after it; in lower-case
registers the surname that follows is then published. A following word counts as the surname when the
surname list knows it (a particle before it makes that more certain) or, after a particle, when its letters
look like a name; a function word or verb never does ("met jan ik bel", "met anna belt").
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.namescore import looks_like_name
from openklachten.anonymisation.vocabulary import WORD_FIRST_NAMES

FOLLOWING = re.compile(
    r"[ \t]+((?:(?:van|de|der|den|ter|ten|te|el|al|da|dos|du|von|'t|in 't|op de|bin|ben)[ "
    r"\t]+)*)([\w'’]+(?:-[\w'’]+)?)(?![\w-])"
)
PARTICLE_START = ("van ", "de ", "der ", "den ", "ter ", "ten ", "te ", "el ", "al ")
FUNCTION_WORDS = frozenset(
    "ik je jij u hij zij ze we wij jullie die dat dit het een de en of maar want dus toen als is was ben bent heb "
    "heeft had hebben bel belt belde bellen wil wilde zou kan kon moet mag zegt zei vraagt vroeg van voor over "
    "uit bij met naar op in aan te om door dan nog ook al wel niet geen hier daar er namens heeft gebeld gaat "
    "klantcontact gemeente".split()
)


def _surname(word: str, particles: str) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or len(low) < 2:
        return False
    if (particles.strip() + " " + low).strip() in lookup.surnames() or low in lookup.surnames():
        return particles != "" or low not in lookup.dutch_words() or len(low) >= 3
    return particles != "" and low not in lookup.dutch_words() and looks_like_name(low)


TITLE_BEFORE = re.compile(r"(?i)\b(?:mevrouw|mevr\.?|mw\.?|meneer|dhr\.?|de heer|juf|meester)[ \t]+$")
PRECEDING = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]+)[ \t]$")


def _first_name_before(text: str, entity: Entity, entities: list[Entity]) -> None:
    """A month or a flower before a found surname is a first name: "Mei van Koster", "Roos Jansen"."""
    match = PRECEDING.search(text, max(0, entity.start - 30), entity.start)
    low = match.group(1).lower() if match else ""
    if not match:
        return
    # Round 8: between a title and a found surname any capitalised word is the first name ("mevrouw Wil Jongerius").
    titled = TITLE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    if not titled and (low in FUNCTION_WORDS or (low not in lookup.first_names() and low not in WORD_FIRST_NAMES)):
        return
    if any(other is not entity and other.start < entity.start and match.start() < other.end for other in entities):
        return
    entity.start = match.start()


def extend(text: str, entities: list[Entity]) -> list[Entity]:
    """NAAM entities of one lower-case word (a first name) grow over the surname after them; a surname grows
    over the first name before it."""
    for entity in entities:
        if entity.type != "NAAM":
            continue
        if text[entity.start : entity.start + 1].isupper() or text[entity.start : entity.end].startswith(
            PARTICLE_START
        ):
            _first_name_before(text, entity, entities)
        value = text[entity.start : entity.end]
        if " " in value.strip() or not value[:1].islower() or value.lower() not in lookup.first_names():
            continue
        match = FOLLOWING.match(text, entity.end)
        if match and match.group(2).islower() and _surname(match.group(2), match.group(1)):
            if any(other is not entity and other.start < match.end() and entity.end < other.end for other in entities):
                continue
            entity.end = match.end()
    return entities
