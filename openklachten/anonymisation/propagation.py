"""Propagation: a name found once is removed everywhere in the text, with its parts and possessive forms.

"Marloes de Graaf" found in the signature also removes "mevrouw De Graaf", "Graaf's" and "Marloes" elsewhere.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.namegrammar import identifying_tokens
from openklachten.anonymisation.vocabulary import NOT_NAMES, PARTICLES

POSSESSIVE_ENDINGS = ("'s", "’s", "s")


def name_variants(name: str) -> list[str]:
    """The full name and its identifying words (3+ letters), longest first."""
    variants = {name.strip()}
    first = name.strip().split(" ", 1)[0]
    if first in PARTICLES and first.islower():
        variants.add(name.strip()[:1].upper() + name.strip()[1:])  # "van Rijswijk" opens a sentence as "Van Rijswijk"
    for token in identifying_tokens(name):
        if len(token) >= 3:
            variants.add(token)
            if token.islower():
                variants.add(token.capitalize())

    return sorted((v for v in variants if v), key=len, reverse=True)


def _not_a_word(low: str) -> bool:
    return low not in lookup.common_words() and low not in lookup.places() and low not in NOT_NAMES


# Round 10: "mevrouw Heijnen" ... "heijnen 045 ...": chat and signatures drop the capital where a sentence or
# line opens. Only there: mid-sentence a lower-case "bakker" or "visser" is a word, not the name found.
SENTENCE_OPEN = re.compile(r"(?:^|[\n.!?][ \t]*|[\n.!?][ \t]*[\"'‘“(][ \t]*)$")


def lower_case_openings(text: str, name: str):
    """(start, end) of the lower-cased words of a capitalised name where a sentence or line opens."""
    for token in identifying_tokens(name):
        low = token.lower()
        if len(token) < 4 or token == low or not _not_a_word(low):
            continue
        for start, end in occurrences(text, low):
            if SENTENCE_OPEN.search(text, max(0, start - 4), start):
                yield start, end


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def occurrences(text: str, value: str):
    """(start, end) of every whole-word occurrence of value, possessive "-s"/"'s" included."""
    position = text.find(value)
    while position >= 0:
        end = position + len(value)
        if position == 0 or not _is_word_char(text[position - 1]):
            for ending in POSSESSIVE_ENDINGS:
                if text.startswith(ending, end) and not _is_word_char(
                    text[end + len(ending) : end + len(ending) + 1] or " "
                ):
                    end += len(ending)
                    break
            if not _is_word_char(text[end : end + 1] or " "):
                yield position, end
        position = text.find(value, position + 1)


def propagate(text: str, names: list[tuple[str, float]]) -> list[Entity]:
    """Every occurrence of every known name variant, as NAAM entities (overlaps resolved by the engine)."""
    found = []
    seen = set()
    for name, confidence in names:
        for variant in name_variants(name):
            if variant in seen or variant.lower() in PARTICLES or len(variant.strip(" .")) < 2:
                continue  # "Tussenvoegsel: de" must not spread to every "de" in the text
            if variant in seen:
                continue
            seen.add(variant)
            for start, end in occurrences(text, variant):
                found.append(Entity(start, end, "NAAM", "doorwerking", min(confidence, 0.9)))
        for start, end in lower_case_openings(text, name):
            found.append(Entity(start, end, "NAAM", "doorwerking", min(confidence, 0.85)))
    return found
