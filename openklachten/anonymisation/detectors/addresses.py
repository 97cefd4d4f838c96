"""ADRES: street + house number ("Biltstraat 211", "Van Limburg Stirumlaan 31", "Kanaalweg 66bis")."""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import STREET_SUFFIXES
from openklachten.anonymisation.vocabulary import NOT_NAMES, PARTICLES

HOUSE_NUMBER = (
    r"\d{1,5}(?:[a-zA-Z](?![\w])|[ \t]?bis\b|[ \t]?[A-Z](?![\w.])"
    r"|-\d{1,4}(?!\d)|-[A-Za-z]{1,3}\b|[ \t]?(?:hs|huis|zw|rd|bg)\b)?"
)
# Trailing qualifiers between street and number: "Weerdsingel O.Z. 23", "Ringbaan-Oost 302".
SIDE = r"(?:[ \t]+(?:[A-Z]\.){1,3})?"
SUFFIX_STREET = re.compile(
    rf"(?<![\w-])([A-Za-zÀ-ÿ'][\w'’-]*(?:{'|'.join(STREET_SUFFIXES)})(?:-[A-Z][a-z]+)?){SIDE}"
    rf"[ \t]+(?:(?:nummer|nr\.?|no\.?)[ \t]*)?({HOUSE_NUMBER})(?![\w,.]\d|\d)"
)
# What follows the suffix in SUFFIX_STREET, up to the first digit of the house number.
SUFFIX_TAIL = re.compile(
    rf"(?:{'|'.join(STREET_SUFFIXES)})(?:-[A-Z][a-z]+)?{SIDE}[ \t]+(?:(?:nummer|nr\.?|no\.?)[ \t]*)?\d"
)
# A house number, then the (up to five) words before it: "Laan van Meerdervoort 220", "Kempenaar 03-27".
# The look-behind after the first digit (HOUSE_NUMBER starts with \d{1,5}): the engine skips to digits.
_NUMBER_REST = HOUSE_NUMBER.removeprefix(r"\d{1,5}")
assert _NUMBER_REST != HOUSE_NUMBER
NUMBER_AT = re.compile(rf"(\d(?<![\w,.€/-]\d)\d{{0,4}}{_NUMBER_REST})(?![\w,.:/]\d|\d)")
DIGIT = re.compile(r"\d")
STREET_WORDS = re.compile(r"[\w'’.-]+")
CONTEXT = re.compile(
    rf"(?i)\b(?:woont|wonen|wonende|woonachtig|woonde|adres|verblijft|verblijfadres|huisadres|postadres|"
    rf"woonadres|address)\b[ \t:]*(?:nu[ \t]+)?(?:aan|op|in|at)?[ \t]*(?:de|het)?[ \t]*"
    rf"((?:[\w'’-]+[ \t]+){{0,3}}?[\w'’-]+){SIDE}[ \t]+({HOUSE_NUMBER})(?![\w,.]\d|\d)"
)
CONTEXT_WORDS = frozenset(
    "woont wonen wonende woonachtig woonde adres verblijft verblijfadres huisadres postadres woonadres address".split()
)  # CONTEXT's first words, each a whole \w run (\b on both sides): the pattern runs only when one is there
# Not a street even when a list holds the word: units, documents and measures written with a number.
NOT_STREETS = frozenset(
    (
        "artikel pagina bijlage week jaar nummer route lijn bus kamer zaal fase stap versie hoofdstuk punt groep "
        "klas postbus antwoordnummer windpark blok paragraaf lid sub onderdeel periode kwartaal box tram metro "
        "trein spoor perron gate hal vak rij stoel plaats hoek kavel perceel kavelnummer appartement unit"
    ).split()
)
AFTER_NOT_ADDRESS = re.compile(
    r"(?i)^[ \t]*(?:jaar|%|procent|euro|uur|km|kilometer|meter|m2|m²"
    r"|minuten|dagen|weken|maanden|keer|x|personen|mensen)\b"
)


def _extend_left(text: str, start: int) -> int:
    """Take the capitalised words before a street word: "Bisschop Bekkerslaan", "Johan de Wittlaan"."""
    words = list(re.finditer(r"[\w'’.-]+", text[max(0, start - 60) : start]))
    offset = max(0, start - 60)
    taken = 0
    for word in reversed(words):
        value = word.group()
        gap = text[offset + word.end() : start]
        if not re.fullmatch(r"[ \t]+", gap) or taken >= 3:
            break
        if (
            value[0].isupper()
            and value.lower() not in NOT_NAMES
            and (value.lower() not in lookup.common_words() or value.lower() in PARTICLES)
        ):
            start, taken = offset + word.start(), taken + 1
        elif value.lower() in PARTICLES and taken == 0:
            # "Johan de Wittlaan": a particle only counts when a capitalised word precedes it
            prev = text[max(0, offset + word.start() - 30) : offset + word.start()]
            if re.search(r"[A-Z][\w'-]+[ \t]+$", prev) and not re.search(
                r"(?i)\b(aan|op|in|naar|bij|van|langs)[ \t]+$", prev
            ):
                start, taken = offset + word.start(), taken + 1
            else:
                break
        else:
            break
    return start


def _ok(text: str, end: int, street: str) -> bool:
    if AFTER_NOT_ADDRESS.match(text[end : end + 12]):
        return False
    return street.lower() not in NOT_STREETS and street.lower() not in NOT_NAMES


# "Laan van Nieuw Oost-Indië 88", "Plein 1944 nr 3" is not covered: a street that starts with its kind.
KIND_FIRST = re.compile(
    rf"(?<![\w-])(?:Laan|Plein|Kade|Weg|Singel|Dreef|Hof|Park|Gracht|Dijk|Straat)[ \t]+(?:van|der|de|den|op|in|het|ter)"
    rf"(?:[ \t]+(?:van|der|de|den|het))?(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{1,3}}[ \t]+({HOUSE_NUMBER})(?![\w,.]\d|\d)"
)


@register("adres-soort-eerst")
def detect_kind_first_street(doc):
    if doc.words.isdisjoint(
        {"laan", "plein", "kade", "weg", "singel", "dreef", "hof", "park", "gracht", "dijk", "straat"}
    ):
        return
    for match in KIND_FIRST.finditer(doc.text):
        if _ok(doc.text, match.end(), "x"):
            yield doc.entity(match.start(), match.end(), "ADRES", "adres-soort-eerst", 0.85)


@register("adres-straat")
def detect_suffix_street(doc):
    text = doc.text
    lower = doc.lower
    # Every match holds a suffix (in lower case) followed by what SUFFIX_TAIL requires: cheap tests before the
    # full scan, which backtracks through every word (speed).
    if not any(s in lower for s in STREET_SUFFIXES) or not DIGIT.search(text):
        return
    tail = SUFFIX_TAIL.search(text)
    if not tail:
        return
    # The first match holds a tail at or after this one, and its street word holds no space, tab or newline: it
    # starts after the last of those before the tail, so the scan may start there (a look-behind still sees the
    # text before the start position).
    start_at = 1 + max(text.rfind(blank, 0, tail.start()) for blank in " \t\n")
    for match in SUFFIX_STREET.finditer(text, start_at):
        street = match.group(1)
        if not _ok(text, match.end(), street) or (street.islower() and street not in lookup.streets()):
            continue
        start = _extend_left(text, match.start()) if street[0].isupper() else match.start()
        yield doc.entity(start, match.end(), "ADRES", "adres-straat", 0.9)


@register("adres-lijst")
def detect_listed_street(doc):
    """Words before a house number that the street list knows: "Laan van Meerdervoort 220", "Kempenaar 03-27"."""
    text = doc.text
    streets = lookup.streets()
    for number in NUMBER_AT.finditer(text):
        window_start = max(0, number.start() - 60)
        words = list(STREET_WORDS.finditer(text, window_start, number.start()))
        # Only the words directly before the number, separated by spaces (or a side marker like "O.Z.").
        run, position = [], number.start()
        for word in reversed(words):
            gap = text[word.end() : position]
            if not gap or gap.strip(" \t") or len(run) >= 5:
                break
            run.insert(0, word)
            position = word.start()
        for k, word in enumerate(run):
            candidate = " ".join(w.group() for w in run[k:]).lower()
            if not word.group()[0].isupper() or candidate not in streets:
                continue
            last = run[-1].group()
            if not _ok(text, number.end(), last) or (k == len(run) - 1 and last.lower() in lookup.common_words()):
                break
            if "€" in text[max(0, word.start() - 3) : word.start()]:
                break
            yield doc.entity(word.start(), number.end(), "ADRES", "adres-lijst", 0.85)
            break


@register("adres-context")
def detect_address_context(doc):
    if not doc.may_match(CONTEXT_WORDS, ignore_case=True):
        return
    text = doc.text
    for match in CONTEXT.finditer(text):
        street = match.group(1)
        last = street.split()[-1]
        looks_like_street = (
            last[0].isupper() or last.lower().endswith(STREET_SUFFIXES) or last.lower() in lookup.streets()
        )
        if looks_like_street and _ok(text, match.end(), last) and last.lower() not in lookup.common_words():
            yield doc.entity(match.start(1), match.end(), "ADRES", "adres-context", 0.85)


# Round 8 (structure): a street whose name holds a number, then "nr" and the house number: "Plein 1945 nr 33",
# "Straat 17 nummer 4". The "nr" says which number is the house number.
NUMBERED_STREET = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][\w'’-]*)((?:[ \t]+[A-ZÀ-Þ0-9][\w'’-]*){0,2})[ \t]+(?:nr\.?|nummer)[ \t]*(\d{1,5}[a-zA-Z]?)"
    r"(?![\w])"
)


@register("adres-straat-nr")
def detect_numbered_street(doc):
    if "nr" not in doc.words and "nummer" not in doc.words:
        return
    for match in NUMBERED_STREET.finditer(doc.text):
        first = match.group(1).lower()
        if first.endswith(STREET_SUFFIXES) or first in lookup.streets():
            yield doc.entity(match.start(), match.end(), "ADRES", "adres-straat-nr", 0.85)


# Round 8: a listed street in lower case at the end of a sign-off line, after the name and a comma:
# "Groet, Karin Vos, meidoornlaan 12".
SIGN_OFF_STREET = re.compile(
    r",[ \t]([a-zà-ÿ][\w'’-]+(?:[ \t][a-zà-ÿ][\w'’-]+){0,2})[ \t]+(\d{1,4}[a-z]?)[ \t]*$", re.M
)


@register("adres-groet-klein")
def detect_sign_off_street(doc):
    for match in SIGN_OFF_STREET.finditer(doc.text):
        street = match.group(1).lower()
        if street in lookup.streets() and street not in NOT_STREETS:
            yield doc.entity(match.start(1), match.end(), "ADRES", "adres-groet-klein", 0.85)
