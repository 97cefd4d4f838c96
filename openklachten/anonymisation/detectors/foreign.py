"""NAAM: capitalised words with letters foreign to Dutch spelling ("Małgorzata Wiśniewska", "Ayşe Yılmaz").

No Dutch word is spelt with ł, ś, ş, ı, ř, č, ...: two such (or otherwise unexplained) capitalised words in a
row are a name. A single one left standing mid-sentence sends the text to review (residual.py).
"""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.joining import unexplained
from openklachten.anonymisation.namegrammar import LOWER, UPPER, foreign_letters

CAPITALISED_RUN = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)+"
)


@register("naam-buitenlandse-letters")
def detect_foreign_letter_names(doc):
    if doc.text.isascii():
        return
    anchors = [w for w in doc.words if foreign_letters(w)]
    seen: set[int] = set()
    for word in anchors:
        for position in doc.positions(word):
            if not doc.text[position].isupper():
                continue
            line_start = max(doc.text.rfind("\n", 0, position) + 1, position - 60)
            for match in CAPITALISED_RUN.finditer(doc.text, line_start, min(len(doc.text), position + 80)):
                if not match.start() <= position < match.end() or match.start() in seen:
                    continue
                seen.add(match.start())
                tokens = match.group().split()
                if all(unexplained(t) for t in tokens):
                    yield doc.entity(match.start(), match.end(), "NAAM", "naam-buitenlandse-letters", 0.85)
