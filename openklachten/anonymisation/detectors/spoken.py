"""Numbers as speech recognition writes them: digit words ("nul zes een twee"), compounds ("vierendertig")
and digit groups, typed by the word that announces them (telefoonnummer, bsn, rekeningnummer, postcode),
plus spoken addresses ("lindenlaan veertien") and postcodes ("drie vijf een twee a b").
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import STREET_SUFFIXES

UNIT = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
TEEN = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
# 0–999 as words: "nul", "zeven", "vierendertig", "tweeëntwintig", "honderdtwaalf", "driehonderd".
NUMBER_WORD = (
    rf"(?:(?:{UNIT})?honderd(?:(?:{UNIT})(?:[eë]n(?:{TENS}))?|{TEEN}|{TENS})?"
    rf"|(?:{UNIT})[eë]n(?:{TENS})|{TENS}|{TEEN}|{UNIT}|nul)"
)
PIECE = rf"(?:{NUMBER_WORD}|\d{{1,4}})"
# What announces the number decides its type.
TRIGGERS = (
    ("BSN", r"bsn|burgerservicenummer|sofinummer|sofi-nummer"),
    ("IBAN", r"rekeningnummer|rekening|iban|bankrekening"),
    ("DOSSIERNUMMER", r"klantnummer|zaaknummer|dossiernummer|kenmerk|referentienummer|klachtnummer|polisnummer"),
    (
        "TELEFOON",
        r"telefoonnummer|telefoon|mobiel|mobiele nummer|nummer|bereikbaar op|bel me op|bellen op|belt u op|"
        r"terugbellen op|06",
    ),
)
ANNOUNCED = re.compile(
    r"(?i)\b("
    + "|".join(pattern for _, pattern in TRIGGERS)
    + r")\b(?:[ \t]+(?:is|was|luidt|:|dat is|eh|uh|van mij|van haar|van hem)){0,3}[ \t:]*"
    rf"((?:(?:{PIECE}|[a-z])[ \t,-]+(?:eh[ \t]+)?){{3,}}(?:{PIECE}|[a-z]))(?![\w])"
)
PIECES = re.compile(rf"(?i)(?<![\w]){PIECE}(?![\w])")
TYPE_OF = [(t, re.compile(rf"(?i)^(?:{p})$")) for t, p in TRIGGERS]
# "drie vijf een twee a b", "35 12 ab": four digits (words or figures) and two single letters.
SPOKEN_POSTCODE = re.compile(
    rf"(?i)(?<![\w])((?:(?:{UNIT}|nul|\d)[ \t]+){{3}}(?:{UNIT}|nul|\d)|(?:{TEEN}|{TENS}|(?:{UNIT})[eë]n(?:{TENS})|"
    rf"\d\d)[ \t]+"
    rf"(?:{TEEN}|{TENS}|(?:{UNIT})[eë]n(?:{TENS})|\d\d))[ \t]+([a-z])[ \t]?([a-z])(?![\w])"
)
# "lindenlaan veertien", "de kerkstraat nummer twaalf": a street word followed by a spoken house number.
SPOKEN_ADDRESS = re.compile(
    rf"(?i)([\w'-]+)[ \t]+(?:nummer[ \t]+|nr[ \t]+)?"
    rf"({NUMBER_WORD}(?:[ \t]+(?:a|b|c|bis))?)(?![\w])"
)


def _number_words() -> frozenset[str]:
    units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    below_100 = ["nul", "één", *units[1:], *TEEN.split("|"), *TENS.split("|")]
    below_100 += [u + ("ën" if u.endswith("e") else "en") + t for u in units[1:] for t in TENS.split("|")]
    below_100 += [u + "en" + t for u in units[1:] for t in TENS.split("|")]
    hundreds = [u + "honderd" for u in units]
    return frozenset(below_100 + hundreds + [h + w for h in hundreds for w in below_100 if w not in ("nul", "één")])


# Every number word from nul to negenhonderdnegenennegentig: detectors check the text's words against it first.
NUMBER_WORDS = _number_words()
# "een" is mostly an article: a house number spoken as "een" alone is missed.
HOUSE_NUMBER_WORDS = NUMBER_WORDS - {"een", "één"}
TRIGGER_WORDS = frozenset(
    "bsn burgerservicenummer sofinummer sofi rekeningnummer rekening iban bankrekening klantnummer zaaknummer "
    "dossiernummer kenmerk referentienummer klachtnummer polisnummer telefoonnummer telefoon mobiel mobiele nummer "
    "bereikbaar bel bellen belt terugbellen 06 postcode".split()
)


UNIT_VALUE = {
    w: i for i, w in enumerate(["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"])
}
UNIT_VALUE["één"] = 1
TEEN_VALUE = {w: 10 + i for i, w in enumerate(["tien", "elf", "twaalf", *TEEN.split("|")[3:]])}
TENS_VALUE = {w: 20 + 10 * i for i, w in enumerate(TENS.split("|"))}
COMPOUND = re.compile(rf"(?:({UNIT})[eë]n)?({TENS})")


def _piece_value(piece: str) -> str | None:
    """Digits of one spoken piece: "zes" -> "6", "achtentwintig" -> "28", "twaalf" -> "12"; None beyond 99."""
    low = piece.lower()
    if low.isdigit():
        return low
    if low in UNIT_VALUE:
        return str(UNIT_VALUE[low])
    if low in TEEN_VALUE:
        return str(TEEN_VALUE[low])
    match = COMPOUND.fullmatch(low)
    if match:
        return str(TENS_VALUE[match.group(2)] + (UNIT_VALUE[match.group(1)] if match.group(1) else 0))
    return None


def spoken_digits(value: str) -> str | None:
    """The digits a spoken number stands for, or None when a piece cannot be read (hundreds, letters)."""
    pieces = [_piece_value(p) for p in PIECES.findall(value)]
    return None if not pieces or None in pieces else "".join(pieces)


def complete_phone(value: str) -> bool:
    """A spoken phone number is complete when its digits make a Dutch number: nothing of it is left standing,
    so it needs no person to look at it (an incomplete one may have lost digits to a speech error)."""
    digits = spoken_digits(value)
    return digits is not None and (
        (len(digits) == 10 and digits.startswith("0")) or (len(digits) == 11 and digits.startswith("31"))
    )


@register("uitgesproken-nummer")
def detect_announced(doc):
    low = doc.lower
    if len(doc.words & NUMBER_WORDS - {"een", "één"}) < 2:
        return  # a spoken number has several different digit words
    starts = sorted(p for word in doc.words & TRIGGER_WORDS for p in doc.positions(word))
    for match in filter(None, (ANNOUNCED.match(doc.text, p) for p in starts)):
        value = match.group(2)
        if len(PIECES.findall(value)) < 4 or re.fullmatch(r"[\d \t,-]+", value):
            continue  # plain figures are the validated detectors' job
        trigger = match.group(1).lower()
        type_ = next((t for t, p in TYPE_OF if p.match(trigger)), "TELEFOON")
        # speech errors: a person checks, unless the number is complete
        sure = 0.8 if type_ == "TELEFOON" and complete_phone(value) else 0.7
        yield doc.entity(match.start(2), match.end(2), type_, "uitgesproken-nummer", sure)
    if "postcode" in low or re.search(r"\b[a-z] [a-z]\b", low):
        for match in SPOKEN_POSTCODE.finditer(doc.text):
            yield doc.entity(match.start(), match.end(), "POSTCODE", "uitgesproken-postcode", 0.8)


# "nul zes achtentwintig vierendertig negentien zevenenzeventig": a phone number read out in pairs of digits,
# with its announcement on another line or none at all; "nul" + five or more pieces is a phone number.
PHONE_PAIRS = re.compile(rf"(?i)(?<![\w])nul(?:[ \t,-]+(?:eh[ \t]+)?{PIECE}){{4,}}(?![\w])")


@register("uitgesproken-telefoon")
def detect_spoken_phone(doc):
    if "nul" not in doc.words:
        return
    for match in PHONE_PAIRS.finditer(doc.text):
        if len(re.findall(r"\d", match.group())) < 4:  # figures are the phone detector's job
            sure = 0.8 if complete_phone(match.group()) else 0.7
            yield doc.entity(match.start(), match.end(), "TELEFOON", "uitgesproken-telefoon", sure)


# "kenteken g v d zeven twee vijf": six letters and digits, spoken one by one.
SPOKEN_PLATE = re.compile(
    rf"(?i)\b(?:kenteken|nummerbord|kentekenplaat)\b(?:[ \t]+(?:is|was|:|eh|uh)){{0,2}}[ \t:]*"
    rf"((?:(?:[a-z]|{UNIT}|nul|\d)(?:[ \t-]+|$)){{5,7}})"
)


@register("uitgesproken-kenteken")
def detect_spoken_plate(doc):
    if "kenteken" not in doc.lower and "nummerbord" not in doc.lower:
        return
    for match in SPOKEN_PLATE.finditer(doc.text):
        value = match.group(1).rstrip(" \t-")
        pieces = value.split()
        if (
            len(pieces) >= 6
            and any(len(p) == 1 and p.isalpha() for p in pieces)
            and any(len(p) > 1 or p.isdigit() for p in pieces)
        ):
            yield doc.entity(match.start(1), match.start(1) + len(value), "KENTEKEN", "uitgesproken-kenteken", 0.7)


@register("uitgesproken-adres")
def detect_spoken_address(doc):
    if doc.words.isdisjoint(HOUSE_NUMBER_WORDS):
        return
    streets = lookup.streets()
    ending = doc.ending_in(STREET_SUFFIXES)
    for street in [w for w in doc.words if w in ending and (w in streets or len(w) > 6)]:
        for start in doc.positions(street):
            match = SPOKEN_ADDRESS.match(doc.text, start)
            if match:
                yield doc.entity(match.start(), match.end(), "ADRES", "uitgesproken-adres", 0.8)
