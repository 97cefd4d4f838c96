"""NAAM: staff initials in internal case notes: "KCC-notitie 14-10 09:32 (mvdb)", "Wmo-consulent (AvD)",
"notitie tel. 3/11 (JB):", "gebeld door: sh", "paraaf JB", "... terugbellen. – JB".

Initials identify a colleague inside a small team as well as a name does. They are only read in a text that
carries a note marker, and only where notes put them: in parentheses after a date, time, note word or role,
after "door:" or "paraaf", or alone at the end of a line after a dash or slash.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS

NOTE_MARKERS = frozenset(
    "notitie kcc-notitie terugbelnotitie belnotitie telefoonnotitie gespreksnotitie dossiernotitie tel.notitie "
    "kcc paraaf klantcontact terugbelverzoek".split()
)
# "mvdb", "sh", "AvD", "vdB", "JB", "JvdB": two to five letters, all lower, or capitals with lower particles.
INITIALS = r"(?:[a-z]{2,4}|[A-Z]{2,3}|[A-Z][a-z]{0,2}[A-Z][a-z]?|[a-z]{1,3}[A-Z][a-z]?)"
PARENTHESISED = re.compile(rf"\(({INITIALS})\)")
# What stands before "(xx)" in a note: a date or time, a note word, or a role ("Wmo-consulent (AvD)").
NOTE_CONTEXT_BEFORE = re.compile(
    r"(?:\d[\d:./-]*|notitie|kcc|tel\.?|\w*(?:consulent|medewerker|behandelaar|ambtenaar|regisseur|coach|"
    r"adviseur|jurist|teamleider|casemanager|verlener|werker|begeleider|verpleegkundige))[ \t]*$",
    re.IGNORECASE,
)
AFTER_SIGN = re.compile(
    rf"(?i:gebeld door|behandeld door|door|paraaf)[ \t]*:?[ \t]+({INITIALS})(?=[ \t]*(?:[.,;)\n]|$))"
)
LINE_END = re.compile(rf"[–—/-][ \t]*({INITIALS})[ \t]*$", re.MULTILINE)
STOP = frozenset(
    (
        "bv dm vm nm uur wk nr mw dhr mevr nb ca ivm evt tel red zie nav ma di wo do vr za zo tb cc bcc pm ps mr dr ir"
    ).split()
)


# Round 8 (shape): initials that spell a surname particle in lower case ("GvB", "LdG", "JvdM", "AvD") are a
# person's initials in any register; the few institutional abbreviations of that shape are listed.
PARTICLE_INITIALS = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]?(?:v|vd|vdm|vh|d|t|te|ter)[A-Z](?![\w-])")
INSTITUTIONAL = frozenset(
    "VvE KvK CvB RvT RvS RvC RvB RvA RvO MvT MvA OvJ CvA PvE PvA WvS WvSr BvO IvD GvA NvT CvZ RvR OvV SvB "
    "BvD AvG HvJ RvdK RvdJ MvJ PvdA CvdK".split()
)


def _initials(token: str) -> bool:
    low = token.lower()
    return not (
        low in STOP
        or (len(low) > 2 and low in lookup.dutch_words())  # the lexicon holds every two-letter abbreviation
        or low in lookup.common_words()
        or low in NOT_NAMES
        or low in ORGANISATION_WORDS
    )


def _is_note(doc) -> bool:
    return "notitie" in doc.lower or "door:" in doc.lower or not doc.words.isdisjoint(NOTE_MARKERS)


# Round 8: a single initial in brackets after a colleague or staff word, in any register: "collega (H.)".
STAFF_INITIAL = re.compile(
    r"(?i:\b(?:collega|medewerker|medewerkster|behandelaar|consulent|baliemedewerker|ambtenaar|agent|boa|"
    r"handhaver|chauffeur|begeleider|docent|juf|meester))[ \t]*\(([A-Z]\.(?:[ \t]?[A-Z]\.)*)\)"
)


STAFF_WORDS = frozenset(
    "collega medewerker medewerkster behandelaar consulent baliemedewerker ambtenaar agent boa handhaver "
    "chauffeur begeleider docent juf meester".split()
)


@register("naam-initiaal-collega")
def detect_staff_initial(doc):
    if "(" not in doc.text or doc.words.isdisjoint(STAFF_WORDS):
        return
    for match in STAFF_INITIAL.finditer(doc.text):
        yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-initiaal-collega", 0.85)


@register("naam-initialen-tussenvoegsel")
def detect_particle_initials(doc):
    text = doc.text
    for match in PARTICLE_INITIALS.finditer(text):
        if match.group() not in INSTITUTIONAL and not doc.is_kept(match.start(), match.end()):
            yield doc.entity(match.start(), match.end(), "NAAM", "naam-initialen-tussenvoegsel", 0.85)


@register("naam-notitie-paraaf")
def detect_note_initials(doc):
    if not _is_note(doc):
        return
    text = doc.text
    position = text.find("(")
    while position >= 0:
        match = PARENTHESISED.match(text, position)
        if match and _initials(match.group(1)) and NOTE_CONTEXT_BEFORE.search(text, max(0, position - 40), position):
            if not doc.is_kept(match.start(1), match.end(1)):
                yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-notitie-paraaf", 0.85)
        position = text.find("(", position + 1)
    for pattern in (AFTER_SIGN, LINE_END):
        for match in (
            pattern.finditer(text) if ("door" in doc.words or "paraaf" in doc.words or pattern is LINE_END) else ()
        ):
            if _initials(match.group(1)) and not doc.is_kept(match.start(1), match.end(1)):
                yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-notitie-paraaf", 0.85)
