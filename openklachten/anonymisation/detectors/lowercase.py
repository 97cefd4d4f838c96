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


# Round 9 (grammar): a lower-case surname after a person cue, in any register ("de gebroeders lubbers",
# "meneer heijnen", "de familie wolters"): the cue says a name follows; the surname list says which word.
PERSON_CUE = re.compile(
    r"\b(?:gebroeders|gezusters|familie|fam\.?|meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de[ \t]+heer|buurman|buurvrouw)"
    r"[ \t]+((?:van[ \t]+(?:de[ \t]+|der[ \t]+|den[ \t]+)?|de[ \t]+)?[a-zß-ÿ][a-zß-ÿ'-]{2,})"
)
CUE_WORDS = frozenset("gebroeders gezusters familie fam meneer mevrouw mevr mw dhr heer buurman buurvrouw".split())


@register("naam-kleine-letters-aanwijzing")
def detect_lower_surname_after_cue(doc):
    if doc.words.isdisjoint(CUE_WORDS):
        return
    surnames, plain, common = lookup.surnames(), lookup.plain_words(), lookup.common_words()
    for match in PERSON_CUE.finditer(doc.text):
        name = match.group(1)
        last = name.split()[-1]
        if last in surnames and last not in plain and last not in common and last not in WORD_FIRST_NAMES:
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-kleine-letters", 0.8)
