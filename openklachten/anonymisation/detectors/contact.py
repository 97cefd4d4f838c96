"""Contact details: telephone numbers (phonenumbers library), e-mail addresses, personal URLs and handles."""

import re

import phonenumbers

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register

# National numbers that belong to organisations, not people: free (0800), paid (0900), company (088),
# and the municipal 14+area-code numbers.
GENERAL_PREFIXES = ("800", "900", "88", "14")
# Candidates: a number that starts like a phone number (0, 00, +, "(0"), digits in groups of any size.
# The phonenumbers library then decides; a candidate that swallowed a following number is shortened.
# The look-behind comes after the first character of each branch, so the engine skips to "+", "0" and "(".
CANDIDATE = re.compile(
    r"(?:\+(?<![\w+]\+)\d{1,3}[ \t]?(?:\(0\)[ \t]?)?|0(?<![\w+]0)0[ \t]?\d{1,3}[ \t]?|\((?<![\w+]\()0\d{1,4}\)[ \t]?"
    r"|0(?<![\w+]0))\d(?:[ \t]{0,2}[-./]?[ \t]{0,2}\d){5,14}(?!\d)"
)
SEPARATOR = re.compile(r"[ \t]{0,2}[-./]?[ \t]{0,2}(?=\d)")

EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
# Mailboxes of an organisation rather than a person.
GENERAL_MAILBOXES = frozenset(
    (
        "info klachten klacht klachtenfunctionaris post postbus contact secretariaat gemeente helpdesk servicedesk "
        "noreply no-reply ombudsman bezwaar bezwaren belastingen kcc publiekszaken receptie administratie support "
        "service loket klantenservice wmo jeugd vergunningen communicatie pers redactie griffie webmaster privacy "
        "klachtencoordinator klachtencoördinator klachtenbureau ombudsfunctionaris bezwaarschriften vragen vraag "
        "postkamer balie wijkteam sociaalteam gemeentebelastingen "
        "avg fg functionarisgegevensbescherming woo handhaving meldingen parkeren afval burgerzaken sociaaldomein "
        # functional mailboxes of a unit or office (issue 12): "bureau@", "meldpunt@", "team@", "zorgloket@"
        "bureau meldpunt meldpunten team office mail algemeen centrale zorgloket klantcontact aanvragen "
        "subsidies subsidie belastingdienst inkoop facturen factuur crediteuren debiteuren hr personeelszaken "
        "juridischezaken leerplicht leerlingenvervoer schuldhulp werkeninkomen inkomen participatie omgevingsloket "
        "omgevingsvergunning bouwen wonen toezicht archief bestuurssecretariaat raadsgriffie directie"
    ).split()
)

SOCIAL_URL = re.compile(
    r"(?i)(?:https?://)?(?:www\.)?(?:facebook|fb|linkedin|instagram|twitter|x|tiktok|youtube|github|threads|"
    r"snapchat|pinterest|t\.me|wa\.me)\.(?:com|me|net)/[^\s,;)\"']+"
)
ANY_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s,;)\"'<>]+")
# Round 8 (shape): a bare domain without www. whose path points at one listing or profile: a long number or a
# user segment ("airbnb.nl/rooms/72918844", "marktplaats.nl/u/jan", "example.com/@kim").
BARE_URL = re.compile(
    r"(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|nl|net|org|me|be|eu|io|de|fr|app)/"
    r"(?=[^\s,;)\"'<>]*(?:\d{4,}|/@|@|\b(?:u|user|users|profiel|profile|in|people)/))[^\s,;)\"'<>]+"
)
PUBLIC_DOMAIN = re.compile(
    r"(?i)(overheid|gemeente|provincie|waterschap|politie|ombudsman|rechtspraak|\.gov|belastingdienst|uwv|svb|duo|"
    r"rdw|rijks)"
)
URL_HINT = re.compile(r"://|www\.|\w\.(?:com|nl|net|org|me|be|eu|io)/")
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])")
# An organisation's own handle is public ("@gemeenteutrecht", "@politie.rotterdam", "@Gem_Groningen",
# "@NS_online", "@RDWnl", "@PvdAWestFriesland"): a public body or party word opens it, and after a short
# acronym only a place or a channel word ("nl", "online", "webcare") follows.
HANDLE_ORGANISATION_PREFIXES = (
    "gemeente",
    "provincie",
    "politie",
    "waterschap",
    "hoogheemraadschap",
    "rijkswaterstaat",
    "rijksoverheid",
    "belastingdienst",
    "ombudsman",
    "brandweer",
    "veiligheidsregio",
    "pvda",
    "groenlinks",
    "christenunie",
)
HANDLE_ACRONYMS = frozenset(
    "gem prov ns uwv rdw svb duo cbr cjib ggd ggz cak ind vvd cda d66 sgp pvdd bbb ja21".split()
)
HANDLE_CHANNELS = frozenset("nl online info webcare nieuws helpt klantenservice service be official".split())


def _organisation_handle(handle: str) -> bool:
    body = handle.lstrip("@").lower()
    if body.startswith(HANDLE_ORGANISATION_PREFIXES):
        return True
    parts = [p for p in re.split(r"[_.]", body) if p]
    head = next((a for a in HANDLE_ACRONYMS if parts and parts[0].startswith(a)), None)
    if head is None:
        return False
    rest = body[len(head) :].strip("_.")
    return not rest or rest.replace("_", "").replace(".", "") in HANDLE_CHANNELS or rest in lookup.places()


def _general(number: phonenumbers.PhoneNumber) -> bool:
    return number.country_code == 31 and str(number.national_number).startswith(GENERAL_PREFIXES)


def _phone(value: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _shorten(value: str):
    """The candidate and its prefixes that end at a group boundary, longest first."""
    yield value
    cuts = [m.start() for m in SEPARATOR.finditer(value) if m.end() > m.start()]
    for cut in reversed(cuts):
        yield value[:cut]


@register("telefoon")
def detect_phone(doc):
    text = doc.text
    for match in CANDIDATE.finditer(text):
        for value in _shorten(match.group()):
            number = _phone(value)
            if number is None:
                continue
            start, end = match.start(), match.start() + len(value)
            if _general(number):
                yield doc.entity(start, end, "KEEP", "telefoon-algemeen", 1.0)
            else:
                yield doc.entity(start, end, "TELEFOON", "telefoon", 0.99)
            break


@register("email")
def detect_email(doc):
    if "@" not in doc.text:
        return  # every match holds an "@"; without one the pattern need not run over the text (speed)
    for match in EMAIL.finditer(doc.text):
        local = match.group().split("@")[0].lower()
        if local in GENERAL_MAILBOXES or local.split(".")[0] in GENERAL_MAILBOXES:
            yield doc.entity(match.start(), match.end(), "KEEP", "email-algemeen", 1.0)
            continue
        yield doc.entity(match.start(), match.end(), "EMAIL", "email", 0.99)


# "naam [at] domein [dot] nl" and e-mail addresses spoken or typed out in words: "wilma punt kok at hotmail punt
# com", "j punt de vries apenstaartje ziggo punt nl", "p e t r a punt b o s at k p n mail punt nl". The part
# before "at" is taken whole (first name, particles, letters spelled one by one), not only its last word.
_SPELLED_LETTERS = r"[a-z0-9](?:[ \t][a-z0-9]){1,}(?![\w])(?:[ \t][a-z]{2,}(?=[ \t]punt[ \t]|[ \t]dot[ \t]|\.))?"
_NUMBER_TAIL = r"(?:[ \t](?:\d+|[a-zë]*(?:tig|tien|twee|drie|vier|vijf|zes|zeven|acht|negen|een|elf|twaalf|nul)))?"
_PIECE = rf"(?:{_SPELLED_LETTERS}|(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*[\w+-]+{_NUMBER_TAIL})"
_SEPARATOR = r"(?:[ \t]?(?:\.|_|-)[ \t]?|[ \t](?:punt|dot|streepje|liggend streepje|underscore|min)[ \t])"
_AT = r"(?:[ \t]?(?:\[at\]|\(at\)|\{at\})[ \t]?|[ \t](?:at|apenstaartje|apestaartje|at-teken)[ \t])"
_DOT = r"(?:[ \t]?(?:\.|\[dot\]|\(dot\))[ \t]?|[ \t](?:punt|dot)[ \t])"
OBFUSCATED_EMAIL = re.compile(
    rf"(?i)(?<![\w.+-]){_PIECE}(?:{_SEPARATOR}{_PIECE})*{_AT}(?:{_SPELLED_LETTERS}|"
    rf"[\w-]+)(?:{_DOT}(?:{_SPELLED_LETTERS}|[\w-]+))+"
)
# Words a spoken local part cannot start with: "mijn mail is ...", "mailen naar ...".
NOT_LOCAL_START = re.compile(r"(?i)(?:mijn|is|naar|op|mail|e-?mail|adres|mailadres|e-mailadres|dat|het|de|en|of)[ \t]")


@register("email-verhuld")
def detect_obfuscated_email(doc):
    if not any(h in doc.lower for h in ("at]", "(at)", "{at}", " at ", "apenstaartje", "apestaartje")):
        return
    position = 0
    while (match := OBFUSCATED_EMAIL.search(doc.text, position)) is not None:
        position = match.end()
        start = match.start()
        # The local part may have begun one word too early ("is wilma punt kok"): drop such lead words.
        while (lead := NOT_LOCAL_START.match(doc.text, start)) and lead.end() < match.end():
            start = lead.end()
        if re.search(r"(?i)\W(?:nl|com|net|org|be|eu|de|nu|info)$", match.group()):
            local = re.split(
                r"(?i)[ \t]?(?:\[at\]|\(at\)|\{at\})|[ \t](?:at|apenstaartje|apestaartje)[ \t]",
                doc.text[start : match.end()],
            )[0]
            if re.sub(r"[^a-z]", "", local.lower()) in GENERAL_MAILBOXES:
                yield doc.entity(start, match.end(), "KEEP", "email-algemeen", 1.0)
                continue
            yield doc.entity(start, match.end(), "EMAIL", "email-verhuld", 0.9)


@register("url")
def detect_url(doc):
    text = doc.text
    if "@" in text:
        for match in HANDLE.finditer(text):
            if _organisation_handle(match.group()):
                yield doc.entity(match.start(), match.end(), "KEEP", "handle-organisatie", 1.0)
            else:
                yield doc.entity(match.start(), match.end(), "URL", "handle", 0.95)
    # Every URL_HINT match holds a "/" or "www.": the cheap test first (speed).
    if ("/" not in text and "www." not in text) or not URL_HINT.search(text):
        return
    for match in SOCIAL_URL.finditer(text):
        yield doc.entity(match.start(), match.start() + len(match.group().rstrip(".!?:")), "URL", "url-sociaal", 0.99)
    for match in BARE_URL.finditer(text):
        value = match.group().rstrip(".!?:")
        if not PUBLIC_DOMAIN.search(value.split("/")[0]):
            yield doc.entity(match.start(), match.start() + len(value), "URL", "url-kaal", 0.85)
    for match in ANY_URL.finditer(text):
        value = match.group().rstrip(".!?:")
        if PUBLIC_DOMAIN.search(value.split("/")[2] if "://" in value else value.split("/")[0]):
            continue
        yield doc.entity(match.start(), match.start() + len(value), "URL", "url", 0.85)
