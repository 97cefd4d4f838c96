"""Names in register-typical positions that carry no title: note labels, greetings, speaker labels, ASR speech.

These are the places where people write a bare first name, often in lower case: "tel. petra: ...",
"Hoi kees,", "joyce: ik bel namens ...", "dit is henk ik bel ...", "jan van de buitendienst". A lower-case
word only counts when the first-name list knows it (and it is no ordinary word), so "hoi allemaal" stays.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.fastre import finditer_at, occurrences
from openklachten.anonymisation.namegrammar import NAME, is_known_first_name, is_known_surname, plausible, trim
from openklachten.anonymisation.vocabulary import NOT_NAMES, PARTICLES

# "tel. petra:", "tel Abena:", "mail van kees:", "gesprek met Jan:", "whatsapp Sanne -" in case notes.
NOTE_LABEL = re.compile(
    r"(?im)(?:^|(?<=[.;]\s))[ \t]*(?:tel|telefoon|telefonisch|gebeld|belde|mail|e-mail|app|whatsapp|sms|notitie|"
    r"gesprek|gesprek met|contact|contact met|terugbelverzoek|tb)\b[ \t]*\.?[ \t]*(?:met|van|door|naar)?[ \t]*"
    r"([\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)[ \t]*[:\-–]"
)
# "Telefoon overdag:", "Tel. mobiel:" are form fields: the word after the trigger qualifies the number.
FIELD_QUALIFIERS = frozenset(
    "overdag avond avonds thuis werk mobiel privé prive zakelijk vast vaste nummer adres nr nr. contactpersoon "
    "melder klager aanvrager werkgever partner noodnummer bereikbaar secundair primair alternatief extra".split()
)
MONTH_NAMES = frozenset({"mei", "april", "juni", "augusta"})
NOTE_WORDS = frozenset(
    (
        "tel telefoon telefonisch gebeld belde mail e-mail app whatsapp sms notitie gesprek contact terugbelverzoek tb"
    ).split()
)
# Greetings and sign-offs in chat and notes, in lower case too: "Hoi kees,", "hallo Petra", "doei anja".
GREETING = re.compile(
    r"(?im)(?:^|(?<=[.!?,]\s))[ \t]*(?:beste|hoi|hallo|hey|hee|hi|dag|lieve|ha|hello|dear|goedemorgen|goedemiddag|"
    r"goedenavond)[ \t]+([\w'’-]+)"
)
GREETING_WORDS = frozenset(
    "beste hoi hallo hey hee hi dag lieve ha hello dear goedemorgen goedemiddag goedenavond".split()
)  # GREETING's words, each a whole \w run (a space or tab follows): the pattern runs only when one is there
# Transcript speaker labels: "joyce:", "Beller (Joyce):", "[00:01] Sanne:".
SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[[\d:. ]+\][ \t]*)?(?:(?:chat|whatsapp|app|sms|bericht)[ \t]+)?(?:\d{1,2}[:.]\d{2}[ "
    r"\t]*[–-]?[ \t]*)?(?:[\w-]+[ \t]+\()?([\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)\)?[ \t]*:"
)
# Speech: "dit is henk", "met henk", "u spreekt met henk", "ik ben henk" — lower case, no punctuation.
SPOKEN_INTRO = re.compile(
    r"(?i)\b(?:dit is|hier is|met|ik ben|spreekt met|namens|this is|it's)[ \t]+(?:eh[ \t]+|uh[ \t]+)?([a-zß-ÿ][\w'’-]*)"
)
SPOKEN_INTRO_OPENINGS = ("dit is", "hier is", "met", "ik ben", "spreekt met", "namens", "this is", "it's")
INTRO_WORDS = frozenset("dit hier met ben spreekt namens this it's it".split())
# "jan van de buitendienst", "Wouter van het wijkteam": a first name with the unit the person works for.
OF_UNIT = re.compile(r"(?i)(?<![\w-])([\w'’-]{2,})[ \t]+van[ \t]+(?:de|het|team)[ \t]+([\w-]+)")
UNIT_WORDS = (
    "gemeente",
    "buitendienst",
    "binnendienst",
    "wijkteam",
    "balie",
    "klantcontact",
    "klantenservice",
    "helpdesk",
    "afdeling",
    "team",
    "uwv",
    "svb",
    "belastingdienst",
    "woningcorporatie",
    "thuiszorg",
    "sociale",
    "servicedesk",
    "ggd",
    "politie",
    "reiniging",
    "handhaving",
    "dienst",
    "werkplein",
    "jeugdteam",
    "stadsbeheer",
    "kcc",
)


# Speaker labels that name a role, not a person.
ROLE_LABELS = frozenset(
    "klant beller medewerker medewerkster agent caller kcc spreker interviewer cliënt client klager burger "
    "operator ambtenaar melder behandelaar voorzitter secretaris notulist bewoner verzoeker gemachtigde".split()
)


def _first_name(word: str) -> bool:
    low = word.lower()
    return len(low) >= 2 and is_known_first_name(word) and low not in PARTICLES and low not in NOT_NAMES


def _label_name(doc, start: int, end: int, source: str, confidence: float, require_known: bool = False):
    """A short name in a label slot: a known first name (any case) or a capitalised name shape."""
    value = doc.text[start:end]
    words = value.split()
    if not words:
        return None
    # "Wiel Hendrix:": a first name that is also a word ("wiel") counts before a listed surname.
    surname_after = any(is_known_surname(w) and w.lower() not in lookup.common_words() for w in words[1:])
    if (words[0].lower() in NOT_NAMES or words[0].lower() in lookup.common_words()) and not surname_after:
        return None
    if len(words) == 1 and _first_name(words[0]):
        return doc.entity(start, end, "NAAM", source, confidence)
    match = NAME.fullmatch(value)
    if match:
        s, e = trim(doc.text, start, end)
        if e > s and plausible(doc.text[s:e]):
            known = any(is_known_first_name(w) or is_known_surname(w) for w in words)
            if require_known and not known:
                return None  # "Omschrijving:", "Verzonden:" are field labels, not speakers
            return doc.entity(s, e, "NAAM", source, confidence if known else 0.7)
    if all(w.lower() in PARTICLES or _first_name(w) or is_known_surname(w) for w in words) and _first_name(words[0]):
        return doc.entity(start, end, "NAAM", source, confidence)
    return None


def _unknown_word(word: str) -> bool:
    low = word.lower()
    return (
        low.isalpha()
        and len(low) >= 3
        and low not in lookup.common_words()
        and low not in NOT_NAMES
        and low not in ROLE_LABELS
        and low not in lookup.places()
        and not low.endswith(("en", "ing", "heid"))
    )


@register("naam-notitie")
def detect_note_label(doc):
    if doc.words.isdisjoint(NOTE_WORDS):
        return
    for match in NOTE_LABEL.finditer(doc.text):
        entity = _label_name(doc, match.start(1), match.end(1), "naam-notitie", 0.85)
        if entity:
            yield entity
        elif match.group(1).lower() in MONTH_NAMES:
            # "tel. mei:": a month without a day is no date; in this slot it is a name (Mei, April, Juni).
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-notitie", 0.7)
        elif _unknown_word(match.group(1)) and match.group(1).lower() not in FIELD_QUALIFIERS:
            # "tel. dmytro:": the slot itself says name; an unlisted word there is a guess a person checks.
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-notitie", 0.7)


@register("naam-groet")
def detect_greeting_word(doc):
    if not doc.first_names or not doc.may_match(GREETING_WORDS, ignore_case=True):
        return
    for match in GREETING.finditer(doc.text):
        word = match.group(1)
        if word[:1].islower() and _first_name(word):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-groet", 0.85)


@register("naam-spreker-klein")
def detect_speaker_label(doc):
    if ":" not in doc.text:
        return
    for match in SPEAKER.finditer(doc.text):
        if match.group(1).lower() in ROLE_LABELS:
            continue
        entity = _label_name(doc, match.start(1), match.end(1), "naam-spreker", 0.8, require_known=True)
        # A capitalised label of several words ("Wiel Hendrix:" in a Facebook thread) counts when a name list
        # knows one of its words (require_known above).
        if entity:
            yield entity


@register("naam-spraak")
def detect_spoken_intro(doc):
    if not doc.first_names or doc.words.isdisjoint(INTRO_WORDS):
        return
    # As for CALLER in names.py: tried only where one of its phrases stands in the lower-case text (speed).
    if doc.plain_case:
        matches = finditer_at(SPOKEN_INTRO, doc.text, occurrences(doc.lower, SPOKEN_INTRO_OPENINGS, word_start=True))
    else:
        matches = SPOKEN_INTRO.finditer(doc.text)
    for match in matches:
        word = match.group(1)
        if word.islower() and _first_name(word):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-spraak", 0.8)


@register("naam-van-afdeling")
def detect_name_of_unit(doc):
    if not doc.first_names or "van" not in doc.words or not any(w.startswith(UNIT_WORDS) for w in doc.words):
        return
    for match in OF_UNIT.finditer(doc.text):
        word, unit = match.group(1), match.group(2).lower()
        if unit.startswith(UNIT_WORDS) and _first_name(word):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-van-afdeling", 0.8)


# "gerrit vraagt of ...", "fleur zegt van niet": in lower-case minutes a listed first name is the subject of a
# verb of speaking; an ordinary word ("fleur", "roos") is only taken in that position.
SPEECH_VERBS = frozenset(
    "vraagt vroeg zegt zei meldt meldde belt belde antwoordt antwoordde stelt stelde geeft gaf reageert reageerde "
    "mailt mailde laat liet vertelt vertelde bevestigt bevestigde".split()
)
SUBJECT_VERB = re.compile(r"(?<![\w-])([a-zß-ÿ]{3,})[ \t]+([a-z]+)\b")


@register("naam-onderwerp-klein")
def detect_lower_subject(doc):
    if doc.words.isdisjoint(SPEECH_VERBS) or not doc.first_names:
        return
    for word in doc.first_names:
        if word in NOT_NAMES or word in lookup.common_words() or word in PARTICLES:
            continue
        for start in doc.positions(word):
            match = SUBJECT_VERB.match(doc.text, start)
            if match and match.group(1) == word and match.group(2) in SPEECH_VERBS:
                yield doc.entity(start, start + len(word), "NAAM", "naam-onderwerp", 0.8)


# Webcare replies are signed with a caret: "^Lotte", "^ES", "^TB" (the employee's first name or initials).
CARET_SIGNATURE = re.compile(r"(?<![\w^])\^[ \t]?([A-ZÀ-Þ]{2,3}|[A-ZÀ-Þ][a-zß-ÿ]+)(?![\w])")


@register("naam-webcare")
def detect_caret_signature(doc):
    if "^" not in doc.text:
        return
    for match in CARET_SIGNATURE.finditer(doc.text):
        yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-webcare", 0.85)
