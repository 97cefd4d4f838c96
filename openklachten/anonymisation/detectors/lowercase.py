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
SHORTEST = 4


def _lower_register(text: str) -> bool:
    return len(SENTENCE_LOWER.findall(text)) > len(SENTENCE_UPPER.findall(text))


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
