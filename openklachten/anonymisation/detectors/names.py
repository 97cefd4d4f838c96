"""Person names found through their context: titles, roles, greetings, self-introductions and initials."""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.fastre import finditer_at, occurrences
from openklachten.anonymisation.namegrammar import (
    INITIALS_NAME,
    INSTITUTION_WORDS,
    NAME,
    NAMEWORD,
    UPPER,
    is_known_first_name,
    is_known_surname,
    name_tokens,
    plausible,
    trim,
)
from openklachten.anonymisation.vocabulary import (
    INTRODUCTIONS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PARTICLES,
    ROLE_TRIGGERS,
    WEAK_INTRODUCTIONS,
    WORD_FIRST_NAMES,
)

TITLE = re.compile(
    r"(?<![\w])(?:(?:m|rn)evrouw|rnevr\.?|rnw\.?|rneneer|mevr\.?|mw\.?|mej\.?|dhr\.?|de\s+heer|heer|meneer|"
    r"mijnheer|m'neer|mr\.|dr\.|ir\.|ing\.|drs\.|prof\.|"
    r"fam\.|familie|wed\.|weduwe|juf|meester|mrs\.?|mr|ms\.?|miss|sir|frau|herr|madame|monsieur)[ \t]+"
    r"(?:(?:mr|dr|drs|ir|ing|prof|bc)\.?[ \t]+)*"
)
TITLE_AFTER = re.compile(rf"({NAMEWORD})\s*\((?:dhr|mw|mevr|mevrouw|de heer)\.?\)")
# "hanneke (leidinggevende balie)", "Jan (medewerker)": a first name with its role in brackets.
ROLE_AFTER = re.compile(
    r"(?<![\w-])([\w-]{3,})[ \t]*\((?:" + "|".join(sorted(ROLE_TRIGGERS, key=len, reverse=True)) + r")\b"
)
NOT_ROLES = {"verhuurder", "onderhuurder"}  # landlords are mostly organisations
WORD_THEN_SPACE = re.compile(r"(?<![\w-])([\w-]{2,}),?[ \t]+")
# Compound roles count too: "jeugdconsulent", "Wmo-consulent", "re-integratiecoach".
ROLE_ENDINGS = tuple(sorted((r for r in ROLE_TRIGGERS if len(r) >= 5), key=len, reverse=True))
GREETING = re.compile(
    r"(?im)^[ \t]*(?:beste|hoi|hallo|hey|dag|lieve|geachte|dear|hi|hello|goedemorgen|goedemiddag)[ \t]+"
)
# "hallo met jan pietersen", "goedemiddag, met mevrouw De Wit": how callers introduce themselves.
CALLER = re.compile(
    r"(?i)\b(?:hallo|goedemorgen|goedemiddag|goedenavond|ja|hoi|dag|hey|uh|eh),?[ \t]+met[ \t]+(?:(?:de heer|"
    r"mevrouw|meneer)[ \t]+)?"
)
CALLER_OPENINGS = ("hallo", "goedemorgen", "goedemiddag", "goedenavond", "ja", "hoi", "dag", "hey", "uh", "eh")
# Longest phrase first: "heette volgens mij" must win over "heette".
INTRODUCTION = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(i) for i in sorted(INTRODUCTIONS, key=len, reverse=True)) + r")[ \t]*,?[ \t]+"
)
WEAK_INTRODUCTION = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(i) for i in sorted(WEAK_INTRODUCTIONS, key=len, reverse=True))
    + r")[ \t]*,?[ \t]+"
)


def _shortest(phrases) -> tuple[str, ...]:
    """The phrases no other phrase is part of: a text holding none of these holds none of `phrases`."""
    return tuple(p for p in phrases if not any(q != p and q in p for q in phrases))


# Every match holds one of the phrases verbatim: a few substring tests decide whether a pattern runs (speed).
INTRODUCTION_HINTS = _shortest(INTRODUCTIONS)
WEAK_INTRODUCTION_HINTS = _shortest(WEAK_INTRODUCTIONS)
# "DHR. J. JANSEN", "mevrouw EL AMRANI": names written in capitals in forms and OCR'd letters.
ALL_CAPS_NAME = re.compile(
    r"(?:(?:[A-Z]\.){1,4}[ \t]?)?(?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL)[ \t]+)*[A-Z][A-Z'’-]{2,}(?:[ "
    r"\t]+[A-Z][A-Z'’-]{2,})?(?![\w])"
)
LOWER_WORD = re.compile(r"[a-zß-ÿ'-]+")
DEPARTMENT_AND = re.compile(r"[ \t]+(?:en|&)[ \t]+[A-Z][a-z]+")
NUMBER_NEXT = re.compile(r"[ \t]+\d")


def _name_after(doc, position: int, source: str, confidence: float, allow_lower: bool = False, strict: bool = False):
    """The name that starts at `position`, if any, as an entity (capitalised or, if allowed, lower-case)."""
    text = doc.text
    match = NAME.match(text, position)
    if match and strict and text[position].islower():
        match = None  # after a role, "medewerker van Stadsbeheer" is no name; "mevrouw van Dijk" is
    if not match and source == "naam-titel":
        upper = ALL_CAPS_NAME.match(text, position)
        if upper and not any(w.lower() in NOT_NAMES or w.lower() in ORGANISATION_WORDS for w in upper.group().split()):
            return doc.entity(upper.start(), upper.end(), "NAAM", source, min(confidence, 0.8))
    if match:
        start, end = trim(text, match.start(), match.end())
        value = text[start:end]
        if strict and " " not in value and value.lower() in lookup.plain_words() and DEPARTMENT_AND.match(text, end):
            return None  # "consulent Werk en Inkomen", "medewerker Zorg en Welzijn": a department, no name
        if end > start and plausible(value):
            tokens = name_tokens(value)
            known = any(is_known_first_name(t) or is_known_surname(t) for t in tokens)
            # An unknown single word after a weak trigger is a guess: a person should look at it.
            sure = confidence if (known or len(tokens) > 1 or "." in value) else min(confidence, 0.7)
            # After a title ("de heer Nurmagomedov") a capitalised word that is no Dutch word is a name: the
            # redaction is certain enough, a reviewer would only confirm it (issue 12: review share).
            if (
                source == "naam-titel"
                and not known
                and value[:1].isupper()
                and tokens
                and all(t.lower() not in lookup.plain_words() for t in tokens)
            ):
                sure = max(sure, 0.8)
            return doc.entity(start, end, "NAAM", source, sure)
        return None
    if allow_lower:
        return _lower_name_after(doc, position, source, strict)
    return None


VERB_LIKE = re.compile(r"(?:t|de|te|en)$")
# Roles after which a lower-case first name is plausible ("collega fleur"); "klager stelt" is a verb.
NAMING_ROLES = frozenset(
    "collega medewerker medewerkster chauffeur klant buurman buurvrouw consulent behandelaar agent handhaver "
    "hulp coach vriend vriendin leidinggevende manager teamleider zoon dochter vrouw man broer zus neef nicht "
    "moeder vader oom tante opa oma kleinzoon kleindochter partner".split()
)


def _usable(low: str) -> bool:
    # A frequent Dutch word that no name list knows ("klantcontact", "gisteren") is no name.
    return (
        len(low) >= 2 and low not in lookup.common_words() and low not in NOT_NAMES and low not in lookup.plain_words()
    )


def _lower_name_after(doc, position: int, source: str, strict: bool = False):
    """Lower-case names ("mevr de vries", "mw iryna bondarenko", "collega fleur").

    After a title any non-word may be a name (one surname after particles, or a first name and a
    surname); after a role (strict) only a first name from the lists counts.
    """
    text = doc.text
    words = []
    cursor = position
    for word in LOWER_WORD.finditer(text, position):
        if word.start() != cursor or len(words) >= 4:
            break
        words.append(word)
        gap = re.match(r"[ \t]+", text[word.end() :])
        if not gap:
            break
        cursor = word.end() + gap.end()
    taken, real = [], 0
    for word in words:
        low = word.group()
        if low in PARTICLES:
            if strict:
                break
            taken.append(word)
            continue
        if not _usable(low):
            # After a title and particles a surname may be an ordinary word: "meneer de haan", "mevr de bakker".
            # Not before a number: "de juf van groep 4", "meester van klas 3" name a class, not a person.
            if (
                not strict
                and taken
                and taken[-1].group() in PARTICLES
                and low in lookup.surnames()
                and len(low) >= 3
                and not NUMBER_NEXT.match(text, word.end())
            ):
                taken.append(word)
                real += 1
            break
        if strict:
            if low in lookup.first_names():
                taken.append(word)
            break
        known = low in lookup.first_names() or low in lookup.surnames()
        if not known and VERB_LIKE.search(low) and not (taken and taken[-1].group() in PARTICLES):
            break  # "mw smit belt": the second word is the verb
        taken.append(word)
        real += 1
        if (len(taken) >= 2 and taken[-2].group() in PARTICLES) or real >= 2:
            break  # a surname after particles, or first name + surname, ends the name
    while taken and taken[-1].group() in PARTICLES:
        taken.pop()
    if not taken:
        return None
    return doc.entity(taken[0].start(), taken[-1].end(), "NAAM", source, 0.75)


TITLE_WORDS = frozenset(
    "mevrouw rnevrouw mevr rnevr mw rnw mej heer meneer rneneer mr dr ir ing drs prof fam familie wed weduwe juf "
    "meester mrs ms miss sir frau herr madame monsieur dhr mijnheer m'neer".split()
)


CAPITALISED_WORD_AFTER = re.compile(r"[ \t]*([A-Z][a-z]+)(?![\w-])(?![ \t]+\d)")
WORD_NAMES_AFTER_TITLE = WORD_FIRST_NAMES | frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "winter zomer lente herfst".split()
)


@register("naam-titel")
def detect_after_title(doc):
    if not doc.has_any(TITLE_WORDS) and "(" not in doc.text:
        return
    for match in TITLE.finditer(doc.lower):
        entity = _name_after(doc, match.end(), "naam-titel", 0.95, allow_lower=True)
        if entity:
            yield entity
            continue
        # "mevrouw Mei", "meneer Winter": after a title a capitalised month, season or flower is the name.
        word = CAPITALISED_WORD_AFTER.match(doc.text, match.end())
        if word and word.group(1).lower() in WORD_NAMES_AFTER_TITLE:
            yield doc.entity(word.start(1), word.end(1), "NAAM", "naam-titel", 0.85)
    for match in TITLE_AFTER.finditer(doc.text):
        if plausible(match.group(1)):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-titel", 0.9)


@register("naam-rol-na")
def detect_role_after(doc):
    if "(" not in doc.text:
        return
    for match in ROLE_AFTER.finditer(doc.text):
        word = match.group(1)
        if word.lower() in lookup.first_names() and _usable(word.lower()):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "naam-rol-na", 0.8)


@register("naam-rol")
def detect_after_role(doc):
    hits = ((doc.words & ROLE_TRIGGERS) | doc.ending_in(ROLE_ENDINGS)) - NOT_ROLES
    if not hits:
        return
    starts = sorted(p for word in hits for p in doc.positions(word))
    for start in starts:
        match = WORD_THEN_SPACE.match(doc.text, start)
        if not match:
            continue
        word = match.group(1).lower()
        entity = _name_after(doc, match.end(), "naam-rol", 0.85, allow_lower=word in NAMING_ROLES, strict=True)
        if entity:
            yield entity


@register("naam-aanhef")
def detect_greeting(doc):
    for match in GREETING.finditer(doc.text):
        entity = _name_after(doc, match.end(), "naam-aanhef", 0.85)
        if entity:
            yield entity


@register("naam-introductie")
def detect_introduction(doc):
    lower = doc.lower
    # The phrases are lower case: matching them on the lower-case copy is much cheaper than (?i).
    for match in INTRODUCTION.finditer(lower) if any(h in lower for h in INTRODUCTION_HINTS) else ():
        entity = _name_after(doc, match.end(), "naam-introductie", 0.9, allow_lower=True)
        if entity:
            yield entity
    for match in WEAK_INTRODUCTION.finditer(lower) if any(h in lower for h in WEAK_INTRODUCTION_HINTS) else ():
        entity = _name_after(doc, match.end(), "naam-introductie", 0.85, allow_lower=True, strict=True)
        if entity:
            yield entity


@register("naam-beller")
def detect_caller(doc):
    if "met" not in doc.words:
        return
    # (?i) lets the engine skip nothing; the greetings' places in the lower-case text are where a match can
    # start (unless İ, ı or ſ make lower() and (?i) differ): tried there only (speed).
    if doc.plain_case:
        matches = finditer_at(CALLER, doc.text, occurrences(doc.lower, CALLER_OPENINGS, word_start=True))
    else:
        matches = CALLER.finditer(doc.text)
    for match in matches:
        entity = _name_after(doc, match.end(), "naam-beller", 0.85, allow_lower=True)
        if entity and not doc.text[entity.start : entity.end].lower().startswith(("de gemeente", "gemeente")):
            yield entity


@register("naam-initialen")
def detect_initials(doc):
    if not INITIALS_HINT.search(doc.text):
        return  # a scan that skips to capitals (speed)
    for match in INITIALS_NAME.finditer(doc.text):
        value = match.group()
        if re.match(r"(?:[A-Z]\.){2,}$", value.split()[0]) and value.split()[-1].lower() in NOT_NAMES:
            continue
        start, end = trim(doc.text, match.start(), match.end())
        if end > start and plausible(doc.text[start:end]):
            yield doc.entity(start, end, "NAAM", "naam-initialen", 0.9)


# The look-behind after the first character: the engine then skips to candidates (same matches, speed).
# Every INITIALS_NAME match opens with initials: a capital ("Th.", "Chr.", "Joh." two lower-case letters at most)
# and a full stop.
INITIALS_HINT = re.compile(rf"[{UPPER}][a-z]{{0,2}}\.")
CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]+")


LOWER_INITIALS = re.compile(r"(?<![\w.])((?:[a-z]\.){1,3})[ \t]?([a-z][a-z'-]{2,})(?![\w])")
LOWER_INITIALS_HINT = re.compile(r"\.[ \t]?[a-z]")  # in every LOWER_INITIALS match: the last initial's stop
# Surname endings from other languages: Slavic, Turkish, Armenian, Persian, Greek, Romanian, Nordic. The
# look-behind comes after the first capital, so the engine skips to capitals (same matches, speed).
FOREIGN_SURNAME = re.compile(
    r"[A-ZÀ-Þ](?<![\w-][A-ZÀ-Þ])[a-zß-ÿ]+(?:enko|chuk|czuk|ski|ska|sky|cki|cka|dzki|wicz|owicz|ewicz|ová|ovic|ović|ević|vić|"
    r"czyk|szyk|czak|oğlu|oglu|opoulos|poulos|escu|eanu|yan|zadeh|ullah|sson|dottir|shvili|adze|iani)(?![\w-])"
)


LOWER_FULL_NAME = re.compile(
    r"(?<![\w-])([a-zß-ÿ]{3,})((?:[ \t]+(?:van|de|der|den|ter|ten|el|al|da|von))*)[ "
    r"\t]+([a-zß-ÿ][a-zß-ÿ'-]{2,})(?![\w-])"
)


@register("naam-klein")
def detect_lower_full_name(doc):
    """ "pieter de graaf", "jan pietersen": a listed first name followed by a listed surname, in lower case."""
    first_names, surnames = lookup.first_names(), lookup.surnames()
    if not any(w in first_names and _usable(w) for w in doc.words):
        return
    # Try the pattern only where a listed first name starts (also overlapping: "overkant van els de boer").
    starts = sorted(p for w in doc.words if w in first_names and _usable(w) for p in doc.positions(w))
    for start in starts:
        match = LOWER_FULL_NAME.match(doc.text, start)
        if not match:
            continue
        first, last = match.group(1), match.group(3)
        surname = (match.group(2).strip() + " " + last).strip() if match.group(2) else last
        # "els de boer": with particles the surname may be an ordinary word ("boer"), the list decides.
        last_ok = _usable(last) or (match.group(2) and surname in surnames)
        if first in first_names and _usable(first) and (last in surnames or surname in surnames) and last_ok:
            yield doc.entity(match.start(), match.end(), "NAAM", "naam-klein", 0.75)


@register("naam-initialen-klein")
def detect_lower_initials(doc):
    if not LOWER_INITIALS_HINT.search(doc.text):
        return  # a scan for full stops, which the engine skips to (speed)
    for match in LOWER_INITIALS.finditer(doc.text):
        word = match.group(2)
        if (
            word in lookup.surnames()
            and _usable(word)
            and match.group(1) not in ("d.w.z.", "o.a.", "i.v.m.", "m.b.t.", "t.a.v.")
        ):
            yield doc.entity(match.start(), match.end(), "NAAM", "naam-initialen", 0.75)


@register("naam-vorm")
def detect_foreign_surname(doc):
    """Unknown capitalised words with a typical foreign surname ending: a guess, so a person reviews it."""
    for match in FOREIGN_SURNAME.finditer(doc.text):
        if match.group().lower() not in lookup.common_words() and match.group().lower() not in lookup.places():
            yield doc.entity(match.start(), match.end(), "NAAM", "naam-vorm", 0.7)


@register("naam-lijst")
def detect_known_names(doc):
    """A capitalised first name from the lists, with the surname that follows it."""
    text = doc.text
    position = 0
    for word in CAPITALISED.finditer(text):
        if word.start() < position or not is_known_first_name(word.group()):
            continue
        match = NAME.match(text, word.start())
        if not match:
            continue
        start, end = trim(text, match.start(), match.end())
        value = text[start:end]
        if end <= start or not plausible(value):
            continue
        # "Catharina Ziekenhuis", "Karel de Grotelaan": a name inside a longer proper noun is not a person.
        following = re.match(r"[ \t]+([A-Z][\w-]+)", text[end:])
        if following and following.group(1).lower() in INSTITUTION_WORDS:
            continue
        position = end
        words = name_tokens(value)
        confidence = 0.85 if len(words) > 1 and is_known_surname(words[-1]) else 0.8
        yield doc.entity(start, end, "NAAM", "naam-lijst", confidence)
