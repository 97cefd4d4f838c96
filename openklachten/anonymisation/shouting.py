"""Round 10: text written in capitals ("MIJN ZOON RONALD ... A. OUWERKERK, OUD-BEIJERLAND") gives no case cues.

The detectors read a copy of equal length in ordinary case: every word lower case, a capital at the start of a
sentence or line, and a capital again on words the name or place lists know (that are no common Dutch word),
on words no lexicon knows (probably a proper noun), and on short acronyms ("SVB", "WMO"). The names are then
found by the same grammar as in ordinary text; offsets still point into the original text.
"""

import re

from openklachten.anonymisation import lookup

SHOUTING_SHARE = 0.85
SHORTEST = 40
OPENING, OPENING_LOWER = 200, 40
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
POSTCODE_DIGITS = re.compile(r"\d[ \t]?$")
SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")


def shouting(text: str) -> bool:
    # Speed: counted by C-level map calls; a text that opens in ordinary case stops at the first count.
    if sum(map(str.islower, text[:OPENING])) > OPENING_LOWER:
        return False
    upper = sum(map(str.isupper, text))
    if upper < SHORTEST:
        return False
    lower = sum(map(str.islower, text))
    return upper / (upper + lower) >= SHOUTING_SHARE


def _proper(low: str) -> bool:
    if low in lookup.common_words():
        return False
    names = low in lookup.first_names() or low in lookup.surnames() or low in lookup.places()
    return names or low not in lookup.dutch_words()


def ordinary_case(text: str) -> str:
    """The same text in ordinary case, or the text itself when the case mapping would change its length."""
    parts, position = [], 0
    for match in WORD.finditer(text):
        word = match.group()
        low = word.lower()
        if len(low) != len(word):
            return text
        parts.append(text[position : match.start()].lower())
        acronym = len(word) <= 4 and low not in lookup.dutch_words() and low not in lookup.first_names()
        # Postcode letters ("4456 AK") and codes next to digits keep their case.
        if (acronym and word.isupper()) or POSTCODE_DIGITS.search(text, max(0, match.start() - 6), match.start()):
            parts.append(word)
        elif _proper(low):
            parts.append("-".join(part[:1].upper() + part[1:] for part in low.split("-")))
        elif SENTENCE_START.search(text, max(0, match.start() - 3), match.start()):
            parts.append(word[:1] + low[1:])
        else:
            parts.append(low)
        position = match.end()
    parts.append(text[position:].lower())
    result = "".join(parts)
    return result if len(result) == len(text) else text
