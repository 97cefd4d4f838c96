"""Propagation: a name found once is removed everywhere in the text, with its parts and possessive forms.

"Marloes de Graaf" found in the signature also removes "mevrouw De Graaf", "Graaf's" and "Marloes" elsewhere.
"""

import re

from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.namegrammar import identifying_tokens


def _pattern(value: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(value) + r"(?:['’]s|s)?(?![\w])")


def name_variants(name: str) -> list[str]:
    """The full name and its identifying words (3+ letters), longest first."""
    variants = {name.strip()}
    for token in identifying_tokens(name):
        if len(token) >= 3:
            variants.add(token)
            if token.islower():
                variants.add(token.capitalize())
    return sorted((v for v in variants if v), key=len, reverse=True)


def propagate(text: str, names: list[tuple[str, float]]) -> list[Entity]:
    """Every occurrence of every known name variant, as NAAM entities (overlaps resolved by the engine)."""
    found = []
    seen = set()
    for name, confidence in names:
        for variant in name_variants(name):
            if variant in seen:
                continue
            seen.add(variant)
            for match in _pattern(variant).finditer(text):
                found.append(Entity(match.start(), match.end(), "NAAM", "doorwerking", min(confidence, 0.9)))
    return found
