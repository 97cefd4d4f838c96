"""The shape of a written person name, shared by the name detectors and propagation.

A name is: optional initials, then name words joined by spaces or hyphens, with particles (van, de, ter)
between them: "A.J.M. van Dijk", "Hendrika Mulder-ter Horst", "Ahmad Al-Hassan", "Van Leeuwen".
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS, PARTICLES

LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżž"
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_PARTICLE_WORDS = "van|de|der|den|ter|ten|'t|von|la|le|el|al|da|dos|du|bin|ben|di|del|d'|l'"
# "in", "op", "te" join a name only written as part of it ("In 't Veld", "Op den Brouw"), never "Nowak in de ...".
PARTICLE = rf"(?:(?i:{_PARTICLE_WORDS})|In|Op|Te|v\.d\.|v\.|vd|V\.d\.)"
WORD = rf"(?:[{UPPER}][{LOWER}]+|[{UPPER}]['’][{UPPER}][{LOWER}]+|Mc[{UPPER}][{LOWER}]+)(?![{UPPER}{LOWER}])"
# "Jansen-Bakker", "Al-Hassan", "Gert-Jan", "Mulder-ter" (particle after a hyphen continues with a space)
# "Tjon-A-Fat", "Kom-A-Tsoi": Chinese-Surinamese surnames carry a single capital between hyphens.
NAMEWORD = rf"{WORD}(?:-(?:{WORD}|[{UPPER}](?=-)|(?:{_PARTICLE_WORDS})(?=[ -])))*"
INITIALS = rf"(?:(?:[{UPPER}]\.|Th\.|Chr\.|Ph\.|Joh\.|Wm\.)(?:[ \t]|  )?){{1,5}}"
FULL = rf"(?:{NAMEWORD}|(?:{PARTICLE}[ \t]+){{1,3}}{NAMEWORD})(?:(?:[ \t]+|(?<=-))(?:{PARTICLE}[ \t]+)*{NAMEWORD})*"
NAME = re.compile(rf"(?:{INITIALS}[ \t]?(?:\({NAMEWORD}\)[ \t]+)?)?{FULL}")
INITIALS_NAME = re.compile(
    rf"(?<![\w.]){INITIALS}[ \t]?(?:\({NAMEWORD}\)[ \t]+)?(?:{PARTICLE}[ \t]+)*{NAMEWORD}(?:[ \t]+{NAMEWORD})?"
)
# Letters Dutch spelling does not use: a capitalised word with one of them is no Dutch word or Dutch place.
FOREIGN_LETTERS = frozenset("łśżźćńğşıőűřčšžđąęţțșůľĺŕňťď")


def foreign_letters(word: str) -> bool:
    return not FOREIGN_LETTERS.isdisjoint(word.lower())


# Words that end a name: institutions named after people ("William Schrikker Stichting").
INSTITUTION_WORDS = frozenset(
    (
        "stichting ziekenhuis kliniek groep zorg college school huis centrum bv b.v. nv n.v. fonds academie "
        "universiteit hogeschool museum theater kerk moskee instituut vereniging lyceum gymnasium apotheek "
        "praktijk kantoor advocaten notarissen makelaars woningcorporatie wonen woningbouw"
    ).split()
)
TOKEN = re.compile(rf"[{UPPER}{LOWER}]+(?:['’-][{UPPER}{LOWER}]+)*")
STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "singel",
    "kade",
    "gracht",
    "dijk",
    "pad",
    "steeg",
    "dreef",
    "hof",
    "markt",
    "park",
    "baan",
    "diep",
    "wal",
    "plantsoen",
    "erf",
    "veld",
    "brink",
    "boulevard",
    "allee",
    "oord",
    "rade",
    "dam",
    "burcht",
    "haven",
    "straatweg",
    "kwartier",
    "hoven",
    "zoom",
    "berg",
)


def name_tokens(name: str) -> list[str]:
    """The words of a name that identify the person: 2+ letters, no particles, no initials."""
    return [t for t in TOKEN.findall(name) for t in t.split("-") if len(t) >= 2 and t.lower() not in PARTICLES]


def identifying_tokens(name: str) -> list[str]:
    """Name words that single the person out: ordinary words ("Haar") only count after a particle ("ter Haar")."""
    words = name.replace("-", " ").split()
    found = []
    for i, word in enumerate(words):
        word = word.strip(".,;:'’")
        if len(word) < 2 or word.lower() in PARTICLES or not TOKEN.fullmatch(word):
            continue
        after_particle = i > 0 and words[i - 1].lower() in PARTICLES
        if word.lower() in NOT_NAMES and not after_particle:
            continue
        found.append(word)
    return found


def is_known_first_name(word: str) -> bool:
    low = word.lower()
    return low in lookup.first_names() and low not in lookup.common_words() and low not in NOT_NAMES


def is_known_surname(word: str) -> bool:
    low = word.lower()
    return low in lookup.surnames() and low not in lookup.common_words()


def plausible(name: str) -> bool:
    """A found string can be a name: not a month, greeting, institution or place-only word."""
    tokens = identifying_tokens(name)
    if not tokens:
        return False
    if any(t.lower() in INSTITUTION_WORDS for t in tokens):
        return False
    last = tokens[-1].lower()
    return not last.endswith(STREET_SUFFIXES) or last in lookup.surnames()


HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}(?!\d)")


def _compound_street(word: str) -> bool:
    """ "dorpsweg", "bloemstraat": a listed street compound (not a bare "Brink" or "Dijk", also surnames)."""
    suffix = next(s for s in STREET_SUFFIXES if word.endswith(s))
    return len(word) >= len(suffix) + 3 and word in lookup.streets()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut institutions ("... van de William Schrikker Stichting"), stray particles and non-names off a span."""
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    words = [text[s:e].lower().strip(",.;:") for s, e in spans]
    institution = next((i for i, w in enumerate(words) if w in INSTITUTION_WORDS or w in ORGANISATION_WORDS), None)
    if institution is not None:
        particle = max((i for i in range(institution) if words[i] in PARTICLES), default=None)
        spans, words = (spans[:particle], words[:particle]) if particle else ([], [])
    # "mevrouw Bakker van de Dorpsweg 12": a street after particles is where the person lives, not their name.
    street = next(
        (
            i
            for i, w in enumerate(words)
            if i > 1
            and words[i - 1] in PARTICLES
            and w.endswith(STREET_SUFFIXES)
            and (HOUSE_NUMBER_AFTER.match(text, spans[i][1]) or _compound_street(w))
        ),
        None,
    )
    if street is not None:
        first_particle = street - 1
        while first_particle > 0 and words[first_particle - 1] in PARTICLES:
            first_particle -= 1
        if first_particle > 0:
            spans, words = spans[:first_particle], words[:first_particle]
    while spans and (
        words[-1] in PARTICLES or (words[-1] in NOT_NAMES and (len(words) < 2 or words[-2] not in PARTICLES))
    ):
        spans.pop()
        words.pop()
    while (
        spans
        and words[0] in NOT_NAMES
        and words[0] not in PARTICLES
        and not text[spans[0][0] : spans[0][1]].endswith(".")
    ):
        spans.pop(0)
        words.pop(0)
    if not spans:
        return start, start
    return spans[0][0], spans[-1][1]
