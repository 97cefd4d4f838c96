"""NAAM: capitalised words no Dutch list explains, two or more in a row ("Małgorzata Wiśniewska", "Kidane Tekle
Mehari", "Aysche Jilmaz").

No Dutch word is spelt with ł, ś, ş, ı, ř, č, ...; a word no lexicon, place or street list knows and whose
letters look like a name is no Dutch word either. Two or more such capitalised words in a row are a name. A
single one left standing mid-sentence sends the text to review (residual.py).
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.joining import unexplained
from openklachten.anonymisation.namegrammar import LOWER, UPPER, foreign_letters
from openklachten.anonymisation.namescore import name_likeness

CAPITALISED_RUN = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)+"
)


NAME_LIKE = 0.3


def _anchors(doc) -> list[str]:
    """Words that may start a name nobody listed: foreign letters, or unknown and name-like."""
    dutch, common = lookup.dutch_words(), lookup.common_words()
    return [
        w
        for w in doc.words
        if (
            # ASCII words hold no foreign letter: the cheap test first (speed).
            (not w.isascii() and foreign_letters(w))
            or (len(w) >= 4 and w not in dutch and w not in common and name_likeness(w) >= NAME_LIKE)
        )
        and "-" not in w
    ]


@register("naam-buitenlandse-letters")
def detect_foreign_letter_names(doc):
    # Every anchor is tried and each span found once: which anchor of a run comes first (the words are a set,
    # in hash order) must not decide what is found, or the output would differ between processes.
    found: set[tuple[int, int]] = set()
    for word in _anchors(doc):
        for position in doc.positions(word):
            if not doc.text[position].isupper():
                continue
            line_start = max(doc.text.rfind("\n", 0, position) + 1, position - 60)
            for match in CAPITALISED_RUN.finditer(doc.text, line_start, min(len(doc.text), position + 80)):
                if not match.start() <= position < match.end():
                    continue
                span = _unexplained_around(doc.text, match, position)
                if span and span not in found:
                    found.add(span)
                    yield doc.entity(span[0], span[1], "NAAM", "naam-buitenlandse-letters", 0.85)


def _unexplained_around(text: str, match: re.Match, position: int) -> tuple[int, int] | None:
    """The unexplained capitalised words around `position` within a capitalised run, if two or more."""
    tokens = [(m.start() + match.start(), m.end() + match.start()) for m in re.finditer(r"\S+", match.group())]
    index = next(i for i, (s, e) in enumerate(tokens) if s <= position < e)
    if not unexplained(text[tokens[index][0] : tokens[index][1]]):
        return None
    first = last = index
    while first > 0 and unexplained(text[tokens[first - 1][0] : tokens[first - 1][1]]):
        first -= 1
    while last < len(tokens) - 1 and unexplained(text[tokens[last + 1][0] : tokens[last + 1][1]]):
        last += 1
    return (tokens[first][0], tokens[last][1]) if last > first else None
