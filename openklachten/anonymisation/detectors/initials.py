"""NAAM (round 9): a title with one initial and nothing after it ("mevrouw K., 91 jaar", "dhr. P. belde").

Grammar: the title says a person follows, the single capital and full stop is the initial of their surname,
and a comma, bracket or verb after it shows no surname follows (with a surname the name detectors take it).
"""

import re

from openklachten.anonymisation.detector_catalogue import register

TITLE_INITIAL = re.compile(
    r"\b(?i:mevrouw|meneer|mevr\.|mw\.|dhr\.|hr\.|de[ \t]+heer)[ \t]+([A-Z]\.)"
    r"(?=[ \t]*[,;:)]|[ \t]+(?:is|was|heeft|had|belde|zegt|zei|kwam|wil|wilde)\b)"
)
CUES = frozenset("mevrouw meneer mevr mw dhr hr heer".split())


@register("naam-titel-initiaal")
def detect_title_initial(doc):
    if doc.words.isdisjoint(CUES):
        return
    for match in TITLE_INITIAL.finditer(doc.text):
        yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-titel-initiaal", 0.85)
