"""NAAM: first names written in lower case by a writer who writes everything in lower case.

"gisteren stond mohamed weer ... begon ilias te schelden", "doorgeven aan ruben". In a text whose sentences
start in lower case, the missing capital says nothing: a word that the first-name list knows and that is no
plain Dutch word (the frequency lexicon also holds names, so "ruud" is in it) is a name. In a text with normal
capitals a lower-case first name is more often a word ("mark", "max") and is left to the other detectors.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.vocabulary import WORD_FIRST_NAMES

SENTENCE_LOWER = re.compile(r"(?:^|[.!?]\s+|\n)[a-z]")
SENTENCE_UPPER = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z]")
# The same without "^" and with literal first characters, so the engine skips to punctuation (speed).
SENTENCE_LOWER_AFTER = re.compile(r"(?:\.\s+|!\s+|\?\s+|\n)[a-z]")
SENTENCE_UPPER_AFTER = re.compile(r"(?:\.\s+|!\s+|\?\s+|\n)[A-Z]")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
SHORTEST = 4


def _lower_register(text: str) -> bool:
    # Same counts as SENTENCE_LOWER/UPPER.findall: the "^" match can only be at 0, where the others cannot start.
    lower = len(SENTENCE_LOWER_AFTER.findall(text)) + (text[:1] in _LOWER)
    upper = len(SENTENCE_UPPER_AFTER.findall(text)) + (text[:1] in _UPPER)
    return lower > upper


@register("naam-kleine-letters")
def detect_lower_register_names(doc):
    candidates = [
        w
        for w in doc.first_names
        if len(w) >= SHORTEST
        and w.isalpha()
        and w not in lookup.plain_words()
        and w not in lookup.common_words()
        and w not in WORD_FIRST_NAMES
    ]
    if not candidates or not _lower_register(doc.text):
        return
    for word in candidates:
        for position in doc.positions(word):
            if doc.text[position].islower():
                yield doc.entity(position, position + len(word), "NAAM", "naam-kleine-letters", 0.8)
