"""Exact ages ("87-jarige", "79 jaar oud", "(14 jaar)") and dates of birth (a date after geboren/geb./geboortedatum)."""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import is_known_first_name, is_known_surname
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS, RELATIVES

AGE_ADJECTIVE = re.compile(r"(?<![\w-])\d{1,3}[-\s]?jarige?(?!\w)")
AGE_YEARS = re.compile(r"(?<![\w.,-])(\d{1,3})\s?(?:jaar|jr\.?|years?)(\s+oud|\s+old)?(?!\w)")
# "Ik ben 89 jaar", "(14 jaar)", ", 34 jaar,", "zoontje van 4 jaar", "leeftijd: 72"
AGE_BEFORE = re.compile(
    r"(\b(?:ben|is|was|werd|wordt|word|zijn|waren|leeftijd|age|aged|am|inmiddels|nu)\s*:?\s*|[(,]\s*|"
    r"\b(?:zoon|zoontje|dochter|dochtertje|kind|kindje|jongen|meisje|man|vrouw|baby|broer|zus|moeder|vader|"
    r"persoon|meneer|mevrouw|heer|dame|jongeman|leerling|cliënt|cliënte|klager|klaagster)\s+van\s*)$"
)
# Every kinship word (with diminutives: "broertje", "kleinzoon") and the persons a complaint talks about.
KIN_WORDS = frozenset(
    RELATIVES
    | set(
        "kind kindje jongen meisje baby persoon meneer mevrouw heer dame jongeman leerling cliënt cliënte client "
        "cliente klager klaagster bewoner bewoonster patiënt patiënte aanvrager aanvraagster son daughter mother "
        "father wife husband neighbour tweeling peuter kleuter puber tiener".split()
        # Round 10: "de oudste (17)", "onze jongste (4)": a child named by its place among the children.
        + "oudste jongste middelste".split()
    )
)
KIN = "|".join(sorted(KIN_WORDS, key=lambda word: (-len(word), word)))
# The number is found first and the word before it is looked up: one scan, no long alternation per position.
TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_][\w'’-]*)[ \t]+)?([^\W\d_][\w'’-]*)[ \t]+$")
WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
AGE_AFTER = re.compile(r"^\s*[),]")
# Durations and periods are no ages: "al 4 jaar", "sinds 2 jaar", "binnen 8 weken", "voor 3 jaar".
DURATION_BEFORE = re.compile(
    r"\b(al|sinds|voor|na|binnen|over|ruim|bijna|per|afgelopen|laatste|elke|om de|ongeveer|circa|tot|gedurende|in|"
    r"de|die|dat|ca\.|meer dan|minder dan)\s*$"
)
# "ze is 72 en woont alleen", "mn zoon is 3 en": a bare number after a person and a form of 'to be'.
# Round 10: also before "maar", "dus", "geworden" ("Ik ben 82 maar niet dom", "mijn man is 80 geworden") and
# after "inmiddels"/"bijna".
BARE_AGE = re.compile(
    r"\b(is|ben|bent|word|wordt)([ \t]+(?:nu|pas|al|net|inmiddels|bijna))?[ \t]+(\d{1,3})"
    r"(?=[ \t]*(?:en\b|maar\b|dus\b|geworden\b|,|\.|;|\)|$))"
)
# A pronoun with an adverb ("ze is pas 19", "ik ben inmiddels 86"): only an adult's age, not "ik ben al 3."
ADVERB_ADULT = 16
PRONOUN_VERBS = {
    ("ik", "ben"),
    ("ik", "word"),
    ("ze", "is"),
    ("zij", "is"),
    ("hij", "is"),
    ("u", "bent"),
    ("ze", "wordt"),
    ("hij", "wordt"),
    ("verzoeker", "is"),
    ("verzoekster", "is"),
}
VAN_NUMBER = re.compile(r" van \d")
# "is 7", "ben 45": written as " \d" first, the words behind it, so the engine skips to spaces (same matches).
BARE_HINT = re.compile(
    r" \d(?:(?<=\bis \d)|(?<=\bben \d)|(?<=\bbent \d)|(?<=\bword \d)|(?<=\bwordt \d)|(?<=\bnu \d)|(?<=\bpas \d)|"
    r"(?<=\bal \d)|(?<=\bnet \d)|(?<=\binmiddels \d)|(?<=\bbijna \d))"
)
# "mijn moeder van 84", "een jongen van 12": a bare number after a person and "van".
PERSON_OF = re.compile(
    r"[ \t]+van[ \t]+(\d{1,3})(?![\d%]|[,.:]\d|[ \t]*(?:jaar|euro|%|procent|minuten|uur|dagen|weken|maanden|meter|km|"
    r"kilo))"
)
TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
TEENS = "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
SPELLED_AGE = re.compile(
    rf"\b(?:ik ben|ze is|zij is|hij is|u bent|ik word|is nu|ben nu)[ \t]+((?:(?:{UNITS})[eë]?n)?(?:{TENS})|"
    rf"honderd(?:{UNITS})?|{TEENS})(?:[ \t]+jaar)?\b"
)
# "Mohammed el Idrissi (1988)": a year of birth in brackets right after a name.
NAME_YEAR = re.compile(r"(?<=[a-zß-ÿ])[ \t]\(((?:19|20)\d{2})\)")
# "Noor (9)", "Luuk (14)": a bare number in brackets right after a first name.
# "jayden (7)" in lower case too, when the word is a listed first name.
# Round 8: also with doubled spaces (copy-paste, OCR) and as the first part of a bracketed apposition:
# "Thijmen (9, groep 6)", "Lisa (13, MO14-1)".
NAME_AGE = re.compile(r"(?<![\w-])([A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)[ \t]{1,3}\((\d{1,2})(?:\)|,[ \t])")
# Round 8: "(Daan 8 en Fenna 10)", "Sem 4, Mila 7": a child's age right after a listed first name in a list.
# Speed: the scan starts at the digit; the name before it is read afterwards.
NAME_NUMBER = re.compile(r"\d(?<=[a-zß-ÿ][ \t]\d)\d?(?!\d)(?=[ \t]+en[ \t]+[A-ZÀ-Þ]|,[ \t]*[A-ZÀ-Þ]|\))")
CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zß-ÿ]+)[ \t]$")
# Round 8: "Mw. is 77 en ...": an abbreviated title as the subject of a bare age.
TITLE_SUBJECT = re.compile(r"\b(?:mw|mevr|dhr|hr|kl|mr)\.[ \t]*$")
# "mijn moeder (83)", "her son (12)", round 9 also "mijn moeder (88, slechtziend)": a bare number in brackets
# right after a relative.
RELATIVE_AGE = re.compile(r"[ \t]\((\d{1,3})(?:\)|,[ \t])")
# "Bezoeker (Goran Marković, 44)": a name and a bare number in one pair of brackets.
NAME_COMMA_AGE = re.compile(r"\((?:[^()\n]{2,40}?),[ \t]*(\d{1,3})\)")
AGE_LABEL = re.compile(r"\b(?:leeftijd|age)\s*:?\s*(\d{1,3})(?!\d)")

# A question and its answer in a transcript: "uw geboortedatum?\nKlant: 3 december 1958".
ANSWER = re.compile(r"[^.;!\n]{0,30}\?[ \t]*\n[^\n:]{0,25}:[ \t]*")
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
DATE = re.compile(
    r"(?i)(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\s+(?:"
    + MONTHS
    + r")\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)"
)
BIRTH_TRIGGER = re.compile(
    r"(geboren|geb\.|geb\b|geboortedatum|geboorte-datum|geb\.datum|date of birth|d\.o\.b\.|dob|born|°)"
)
BIRTH_AFTER = re.compile(r"\b(?:geboren|geboorte|geboortedag)\b")
# Every BIRTH_TRIGGER match holds one of these ("geboren", "geb.", "geboortedatum" all hold "geb").
BIRTH_TRIGGER_HINTS = ("geb", "date of birth", "d.o.b.", "dob", "born", "°")
BIRTH_YEAR = re.compile(
    r"(?:geboren in|geb\.|geboortejaar:?|bouwjaar van mijn moeder|born in)[ \t]+((?:19|20)\d{2})(?![\d-])"
)
DAY_WORDS = (
    "eerste|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    "zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|vierentwintig|vijfentwintig|"
    "zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|eenendertig|\\d{1,2}"
)
# "vijf juni negentienzeventig": a date as speech recognition writes it; a 19xx year makes it a birth date.
SPOKEN_DATE = re.compile(
    rf"\b(?:{DAY_WORDS})[ \t]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    rf"december)"
    rf"[ \t]+(negentien[a-zë]*|tweeduizend(?:[ \t]?[a-zë]+)?)"
)
# A numeric date this long ago is a date of birth, not a procedural date.
OLD_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](19[0-8]\d)(?!\d)")


def _unknown_word(word: str) -> bool:
    low = word.lower()
    return not (
        low in lookup.common_words()
        or low in NOT_NAMES
        or low in ORGANISATION_WORDS
        or low in lookup.places()
        or low in lookup.streets()
    )


def _word_before(lower: str, position: int) -> str:
    """The lower-case word that ends right before `position` (spaces between), or ""."""
    match = WORD_BEFORE.search(lower, max(0, position - 40), position)
    return match.group(1) if match else ""


def _kin_before(lower: str, position: int) -> bool:
    """A kinship word right before, or one word (a name) before that: "buurjongen tygo van 11"."""
    match = TWO_WORDS_BEFORE.search(lower, max(0, position - 60), position)
    return match is not None and (match.group(2) in KIN_WORDS or match.group(1) in KIN_WORDS)


def _when(condition: bool, pattern: re.Pattern, text: str):
    """Run a pattern only when a cheap substring test says it can match."""
    return pattern.finditer(text) if condition else ()


@register("leeftijd")
def detect_age(doc):
    text = doc.lower
    has_years = "ja" in text or "jr" in text or "year" in text
    for match in _when("jarig" in text, AGE_ADJECTIVE, text):
        yield doc.entity(match.start(), match.end(), "LEEFTIJD", "leeftijd-jarig", 0.95)
    for match in _when(has_years, AGE_YEARS, text):
        years = int(match.group(1))
        if years > 115:
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        after = text[match.end() : match.end() + 3]
        if (
            match.group(2)
            or (AGE_BEFORE.search(before) and not DURATION_BEFORE.search(before))
            or (AGE_AFTER.match(after) and re.search(r"[(,]\s*$", before))
        ):
            yield doc.entity(match.start(), match.end(), "LEEFTIJD", "leeftijd-jaar", 0.9)
    for match in _when(BARE_HINT.search(text) is not None, BARE_AGE, text):
        subject = _word_before(text, match.start())
        verb, adverb = match.group(1), match.group(2)
        pronoun = (subject, verb) in PRONOUN_VERBS and (not adverb or int(match.group(3)) >= ADVERB_ADULT)
        person = subject in KIN_WORDS and verb == "is" or pronoun
        if not subject and verb == "is":
            person = TITLE_SUBJECT.search(text, max(0, match.start() - 8), match.start()) is not None
        if person and int(match.group(3)) <= 115:
            yield doc.entity(match.start(3), match.end(3), "LEEFTIJD", "leeftijd-kaal", 0.8)
    for match in _when("tig" in text or "honderd" in text or "tien" in text, SPELLED_AGE, text):
        yield doc.entity(match.start(1), match.end(), "LEEFTIJD", "leeftijd-uitgesproken", 0.8)
    for match in _when(VAN_NUMBER.search(text) is not None, PERSON_OF, text):
        if _kin_before(text, match.start() + 1) and int(match.group(1)) <= 115:
            yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-van", 0.8)
    for match in _when("(" in text, NAME_AGE, doc.text):
        word = match.group(1)
        if word[0].islower():
            if is_known_first_name(word) and word not in KIN_WORDS:
                yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-leeftijd", 0.85)
                yield doc.entity(match.start(2), match.end(2), "LEEFTIJD", "leeftijd-naam", 0.85)
            continue
        if is_known_first_name(word):
            yield doc.entity(match.start(2), match.end(2), "LEEFTIJD", "leeftijd-naam", 0.85)
        elif _unknown_word(word):
            # "Kacper (7)": an unknown word with a child's age after it is probably a name; a person checks.
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-leeftijd", 0.7)
            yield doc.entity(match.start(2), match.end(2), "LEEFTIJD", "leeftijd-naam", 0.7)
    for match in NAME_NUMBER.finditer(doc.text):
        name = CAPITAL_WORD_BEFORE.search(doc.text, max(0, match.start() - 30), match.start())
        if name and is_known_first_name(name.group(1)) and int(match.group()) <= 17:
            yield doc.entity(match.start(), match.end(), "LEEFTIJD", "leeftijd-naam", 0.85)
    for match in _when("(" in text and "," in text, NAME_COMMA_AGE, doc.text):
        inside = doc.text[match.start() + 1 : match.start(1)]
        words = re.findall(r"[^\W\d_]+", inside)
        if int(match.group(1)) <= 110 and any(is_known_first_name(w) or is_known_surname(w) for w in words):
            yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-naam", 0.85)
    for match in _when("(" in text, RELATIVE_AGE, doc.text):
        if _word_before(text, match.start() + 1) not in KIN_WORDS:
            continue
        yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-familie", 0.85)
    for match in _when("leeftijd" in text or "age" in text, AGE_LABEL, text):
        yield doc.entity(match.start(1), match.end(1), "LEEFTIJD", "leeftijd-label", 0.95)


@register("geboortedatum")
def detect_birth_date(doc):
    text = doc.text
    if not any(w in doc.lower for w in ("geb", "born", "dob", "d.o.b", "°", "19", "20", "negentien", "tweeduizend")):
        return
    lower = doc.lower
    # Each pattern below needs literal text of its own; the substring tests skip it where that is absent (speed).
    triggers = BIRTH_TRIGGER.finditer(lower) if any(h in lower for h in BIRTH_TRIGGER_HINTS) else ()
    for trigger in triggers:
        window_end = min(len(text), trigger.end() + 60)
        # The birth date follows the trigger within the same clause, or precedes it closely ("17-3-1979 geboren").
        date = DATE.search(text, trigger.end(), window_end)
        between = text[trigger.end() : date.start()] if date else ""
        if date and (not re.search(r"[.;!?\n]\s", between) or ANSWER.fullmatch(between)):
            yield doc.entity(date.start(), date.end(), "GEBOORTEDATUM", "geboortedatum-label", 0.95)
            # "verkeerde geboortedatum: 17-03-1979 in plaats van 17-03-1978": the other date too
            second = DATE.search(text, date.end(), min(len(text), date.end() + 30))
            if second and re.fullmatch(r"\s*(in plaats van|i\.p\.v\.|of|en|/|,)\s*", text[date.end() : second.start()]):
                yield doc.entity(second.start(), second.end(), "GEBOORTEDATUM", "geboortedatum-label", 0.9)
    # Round 8: a date just before the birth itself ("sinds 04-05-2024, de dag van zijn geboorte", "op 3-2-2019
    # is zij geboren"): the trigger comes after the date, in the same sentence.
    for trigger in BIRTH_AFTER.finditer(doc.lower) if "geboor" in doc.lower or "geboren" in doc.lower else ():
        window_start = max(0, trigger.start() - 50)
        dates = list(DATE.finditer(text, window_start, trigger.start()))
        if dates and not re.search(r"[.;!?\n]\s", text[dates[-1].end() : trigger.start()]):
            yield doc.entity(dates[-1].start(), dates[-1].end(), "GEBOORTEDATUM", "geboortedatum-na", 0.85)
    spoken = SPOKEN_DATE.finditer(lower) if "negentien" in lower or "tweeduizend" in lower else ()
    for match in spoken:
        context = doc.lower[max(0, match.start() - 80) : match.start()]
        if match.group(1).startswith("negentien") or BIRTH_TRIGGER.search(context):
            yield doc.entity(match.start(), match.end(), "GEBOORTEDATUM", "geboortedatum-uitgesproken", 0.8)
    for match in NAME_YEAR.finditer(text) if "(" in text else ():
        window = doc.text[max(0, match.start() - 40) : match.start()]
        before = re.search(r"([A-ZÀ-Þ][\w'’-]+)[ \t]*$", window)
        # Only after a person's name ("Mohammed el Idrissi (1988)"), not after "Jaarverslag (2023)".
        names = [
            w for w in re.findall(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", window) if is_known_first_name(w) or is_known_surname(w)
        ]
        if before and names and before.group(1).lower() not in lookup.common_words():
            yield doc.entity(match.start(1), match.end(1), "GEBOORTEDATUM", "geboortejaar", 0.8)
    years = BIRTH_YEAR.finditer(lower) if "geb" in lower or "born in" in lower or "bouwjaar van" in lower else ()
    for match in years:
        yield doc.entity(match.start(1), match.end(1), "GEBOORTEDATUM", "geboortejaar", 0.85)
    for match in OLD_NUMERIC_DATE.finditer(text) if "19" in text else ():
        yield doc.entity(match.start(), match.end(), "GEBOORTEDATUM", "geboortedatum-oud", 0.7)
