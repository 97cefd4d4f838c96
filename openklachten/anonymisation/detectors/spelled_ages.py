"""Ages written in words: "mijn vader van negentig", "dochter sophie van negen", "ze is eenentachtig",
"al vijfennegentig is", "(zeventien)", "tweeënzeventig jaar".

Digits are ages.py's job; a number word is an age only next to a person (a relative, a pronoun with a form
of "to be"), in brackets, or with "jaar" after it when no duration word comes before ("al twintig jaar").
"""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.detectors.ages import KIN, KIN_WORDS
from openklachten.anonymisation.detectors.spoken import NUMBER_WORD, NUMBER_WORDS
from openklachten.anonymisation.fastre import finditer_at, occurrences

AGE_WORD = rf"(?:{NUMBER_WORD})"
PERSON = KIN
# "mijn vader van negentig", "ons kind van vier" (not "een boete van negentig euro").
PERSON_OF = re.compile(
    rf"\b(?:{PERSON})(?:[ \t]+[a-zß-ÿ][\w'’-]+)?[ \t]+van[ \t]+({AGE_WORD})(?![\w])(?![ \t]*(?:euro|procent|"
    rf"minuten|uur|dagen|weken|maanden|meter|kilo|cent))"
)
# Each relative with its first \w run ("ex" for "ex-partner"): a PERSON_OF match needs that run as a token.
KIN_FIRST_RUNS = {word: re.match(r"\w+", word).group() for word in KIN_WORDS}
# "ze is eenentachtig", "die is achtennegentig en", "ik ben zesenzestig." (the number ends the clause).
IS_AGE = re.compile(
    rf"\b(?:ik ben|ze is|zij is|hij is|die is|u bent|ik word|ze wordt|hij wordt|is nu|ben nu|werd|wordt)[ \t]+"
    rf"(?:al[ \t]+|inmiddels[ \t]+|bijna[ \t]+|net[ \t]+)?({AGE_WORD})(?=[ \t]*(?:jaar\b|en\b|,|\.|;|\)|!|\?|$|\n))"
)
# "milan is zestien en ...": any subject but the impersonal ones ("het is twintig over").
SUBJECT_IS_AGE = re.compile(
    rf"\b(?!het\b|dat\b|dit\b|er\b|wat\b|dan\b|nu\b|dus\b|hier\b|daar\b|prijs\b|bedrag\b|tijd\b)[a-zß-ÿ]{{2,}}[ "
    rf"\t]+is[ \t]+"
    rf"({AGE_WORD})(?=[ \t]*(?:jaar\b|en\b|,|\.|;|!|\?|$|\n))"
)
# "dat ze al vijfennegentig is", "die inmiddels tachtig was".
ALREADY_AGE = re.compile(
    rf"\b(?:al|inmiddels|pas|nog maar|bijna|ruim|die|ze|zij|hij|ik)[ \t]+({AGE_WORD})[ \t]+(?:is|was|wordt|werd|"
    rf"ben|bent)\b"
)
# "(zeventien)", ", eenentwintig jaar,", "tweeënzeventig jaar oud".
BRACKETED = re.compile(rf"\((?:[ \t]*)({AGE_WORD})(?:[ \t]+jaar)?[ \t]*\)")
WITH_YEARS = re.compile(rf"(?<![\w])({AGE_WORD})[ \t]+jaar(?:[ \t]+oud)?(?![\w])")
DURATION_BEFORE = re.compile(
    r"\b(?:al|sinds|voor|na|binnen|over|ruim|bijna|per|afgelopen|laatste|elke|om de|ongeveer|circa|tot|gedurende|"
    r"in|de|die|dat|hier|daar|er|meer dan|minder dan|zo'n|zeker|wel|ongeveer|nog|pas|jaar|dan|tegen)[ \t]+$"
)
AFTER_YEARS_NOT_AGE = re.compile(
    r"^[ \t]*(?:geleden|lang|later|eerder|terug|gewacht|gewoond|gewerkt|getrouwd|ervaring|daarvoor)"
)
AGE_CUE_BEFORE = re.compile(r"(?:[(,]|\b(?:van|is|ben|bent|was|werd|wordt|leeftijd|klaagster|klager)[ \t]*:?)[ \t]*$")
PLAIN_WORDS = {"een", "één", "nul"}  # "een" is an article, not an age
AGE_NUMBER_WORDS = NUMBER_WORDS - PLAIN_WORDS


def _age(value: str) -> bool:
    return value.lower() not in PLAIN_WORDS


@register("leeftijd-woorden")
def detect_spelled_age(doc):
    text = doc.lower
    if doc.words.isdisjoint(AGE_NUMBER_WORDS):
        return
    # PERSON_OF starts with a relative ("vader", "ex-partner") standing as a whole word: it is tried only where
    # one that the text holds begins (speed).
    kin = [word for word, first in KIN_FIRST_RUNS.items() if first in doc.tokens]
    person_of = finditer_at(PERSON_OF, text, occurrences(text, kin, word_start=True))
    for matches in (person_of, *(p.finditer(text) for p in (IS_AGE, SUBJECT_IS_AGE, ALREADY_AGE, BRACKETED))):
        for match in matches:
            if _age(match.group(1)):
                yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-woorden", 0.85)
    if "jaar" in text:
        for match in WITH_YEARS.finditer(text):
            before = text[max(0, match.start() - 25) : match.start()]
            after = text[match.end() : match.end() + 12]
            if not _age(match.group(1)) or DURATION_BEFORE.search(before) or AFTER_YEARS_NOT_AGE.match(after):
                continue
            if "oud" in match.group() or AGE_CUE_BEFORE.search(before):
                yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-woorden", 0.8)
