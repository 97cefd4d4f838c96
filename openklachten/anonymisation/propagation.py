"""Propagation: a name found once is removed everywhere in the text, with its parts and possessive forms.

"Marloes de Graaf" found in the signature also removes "mevrouw De Graaf", "Graaf's" and "Marloes" elsewhere.
"""

from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.namegrammar import identifying_tokens
from openklachten.anonymisation.vocabulary import PARTICLES

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
    return found
