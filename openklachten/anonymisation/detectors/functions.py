"""FUNCTIE: a job title that singles out one official ("teamleider Parkeren", "de wijkagent", "wethouder van Jeugd").

Generic roles ("de Wmo-consulent", "een medewerker", "de leerplichtambtenaar") stay: many people hold them.
A title counts when only one person holds it: a head of a named unit, an office tied to a place or portfolio.
"""

import re
from functools import lru_cache

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.namegrammar import plausible

UNIQUE_TITLES = (
    "teamleider teamleidster teamchef coördinator coordinator gebiedscoördinator directeur directrice burgemeester "
    "wethouder gedeputeerde voorzitter secretaris griffier havenmeester omgevingsmanager manager afdelingshoofd "
    "hoofd wijkagent wijkmanager wijkregisseur buurtregisseur commissaris dijkgraaf heemraad gemeentesecretaris "
    "directielid bestuurder locatiemanager clustermanager afdelingsmanager projectleider programmamanager "
    "opzichter beheerder portefeuillehouder schooldirecteur rector conciërge huismeester handhaver boa "
    "wijkverpleegkundige bedrijfsleider filiaalmanager korpschef districtschef hoofdinspecteur ombudsman "
    "kinderombudsman sectorhoofd unitmanager stadsdeelvoorzitter marktmeester parkeercoördinator "
    "schoolarts jeugdarts jeugdverpleegkundige bedrijfsarts verzekeringsarts "
    "wijkcoach buurtcoach gezinscoach gebiedsmakelaar wijkmakelaar gezinsvoogd jeugdconsulent opbouwwerker "
    "jongerenwerker wijkwerker groepsleider groepsleidster mentor"
).split()
# Doctors of a service many work for ("de jeugdarts van de GGD"): one person only with the place they work in
# ("de schoolarts van de GGD Hollands Noorden in Alkmaar"); the place then belongs to the function.
PLACE_BOUND = ("schoolarts", "jeugdarts", "jeugdverpleegkundige", "bedrijfsarts", "verzekeringsarts")
IN_PLACE = re.compile(r"[ \t]+(?:in|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?")
# Titles that single out a person even without a unit or place after them.
ALONE = ("wijkagent", "wijkregisseur", "buurtregisseur", "havenmeester", "huismeester", "conciërge", "marktmeester")
# Titles that only single someone out with a place or unit: "de handhaver van wijk Noord".
NEEDS_PLACE = (
    "handhaver",
    "boa",
    "wijkverpleegkundige",
    "ombudsman",
    "kinderombudsman",
    # Roles of a neighbourhood or family team: one person per named area or team ("wijkcoach van het sociaal
    # team Diezerpoort", "gebiedsmakelaar van De Baarsjes", "gezinsvoogd team Nijmegen-Oost").
    "wijkcoach",
    "buurtcoach",
    "gezinscoach",
    "gebiedsmakelaar",
    "wijkmakelaar",
    "gezinsvoogd",
    "jeugdconsulent",
    "opbouwwerker",
    "jongerenwerker",
    "wijkwerker",
    # Round 10: one per group or class of an institution or school ("groepsleider van groep Vlinder").
    "groepsleider",
    "groepsleidster",
    "mentor",
    *PLACE_BOUND,
)
# Roles many people hold, unless tied to a named team or district: "adviseur team Bezwaar", "medewerker wijk Centrum".
NEEDS_UNIT = (
    "adviseur",
    "casemanager",
    "medewerker",
    "consulent",
    "beleidsmedewerker",
    "klantmanager",
    "inspecteur",
    "toezichthouder",
    "behandelaar",
    "regisseur",
    "accountmanager",
    "jurist",
    # Round 6: roles of legal aid, investigation and school attendance, one per named bureau or team.
    "raadsman",
    "rechercheur",
    "leerplichtambtenaar",
)
UNIT_START = re.compile(
    r"(?:wijk|basisteam|stadsdeel|regio|district|team|afdeling|sector|cluster|gebied|dienst|bureau)\b"
)
UNIT_IN = re.compile(
    r"(?i)team|wijk|afdeling|sector|cluster|stadsdeel|gebied|district|bureau|loket|regio|werkplein|servicepunt"
)
# Compounds end in a title: "wijkcoördinator", "buitendienstmedewerker", "hoofdprojectleider".
COMPOUND_ENDINGS = tuple(t for t in UNIQUE_TITLES + list(NEEDS_UNIT) if len(t) >= 7)
# "coördinator leerlingenvervoer", "projectleider herinrichting Stationsplein": a lower-case portfolio noun.
PORTFOLIO = re.compile(r"[ \t]+([a-zà-ÿ][a-zà-ÿ-]{5,})(?:[ \t]+[A-ZÀ-Þ][\w-]+)?")
# Adverbs after a title are no portfolio: "de teamleider vandaag", "the manager yesterday".
ADVERBS = frozenset(
    "vandaag gisteren morgen opnieuw telefonisch namelijk inmiddels persoonlijk destijds hierover daarover "
    "vervolgens nogmaals eerder meteen direct alsnog overigens zelf zelfs echter daarna hierna waarschijnlijk "
    "blijkbaar kennelijk schriftelijk mondeling yesterday today already immediately personally".split()
)
NOT_PORTFOLIO = re.compile(r"(?:t|d|de|te|en|ig|lijk|baar|isch|s)$")
# Round 10: "klachtencoördinator evenementen van de gemeente Venlo", "teamleider vergunningen bij de provincie
# Drenthe": a lower-case portfolio (even a common word) and then the organisation it belongs to.
PORTFOLIO_OF = re.compile(
    r"[ \t]+([a-zà-ÿ][a-zà-ÿ-]{3,})(?:[ \t]+en[ \t]+[a-zà-ÿ-]{4,})?[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?"
    r"(?:gemeente|provincie|waterschap|stichting|stadsdeel)?[ \t]*[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?"
)
NOT_PORTFOLIO_OF = re.compile(r"(?:t|d|de|te|ig|lijk|baar|isch)$")
# "De teamleider Noord, Piet van Dam, ..." : the official's name in apposition after the title.
APPOSITION = re.compile(
    r",[ \t]+((?:[A-ZÀ-Þ][\w'’-]+|van|de|der|den|ter|ten)(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]+|van|de|der|den|ter|"
    r"ten)){0,4})[ \t]*,"
)

CAP_WORDS = r"[A-ZÀ-Þ][\w&'-]*(?:[ \t]+(?:en|&|van|voor|de|der|het|'t)[ \t]+[A-ZÀ-Þ][\w-]*|[ \t]+[A-ZÀ-Þ][\w-]*){0,3}"
UNIT = (
    r"(?:afdeling|(?:sociaal[ \t]+)?team|basisteam|wijkteam|buurtteam|gebiedsteam|jeugdteam|wijk|sector|cluster|"
    r"stadsdeel|gebied|dienst|regio|district|bureau|provincie|gemeente|groep|klas|unit|vestiging|locatie)"
)
PREP = rf"[ \t]+(?:van|voor|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:{UNIT}[ \t]+)?"
QUALIFIER = rf"(?:{PREP}(?:{CAP_WORDS}|[a-zà-ÿ][\w-]+(?:[ \t]+{CAP_WORDS})?)|[ \t]+(?:{UNIT}[ \t]+)?{CAP_WORDS})"
TITLE_SET = frozenset(UNIQUE_TITLES)
TITLE = "|".join(sorted(UNIQUE_TITLES, key=len, reverse=True))
TITLE_AT = re.compile(rf"(?<![\w-])({TITLE})(?![\w-])")
COMPOUND_AT = re.compile(r"([\w-]+)")
QUALIFIERS = re.compile(rf"(?:{QUALIFIER}){{0,2}}")
# Round 9 (shape): a unit named in two capitalised words right after the role ("jurist Vergunningen Horeca",
# "toezichthouder Ruimtelijke Ordening van Dinkelland") is a named department, even without "team"/"afdeling".
NAMED_UNIT = re.compile(r"[ \t]+[A-ZÀ-Þ][\w-]+[ \t]+(?:en[ \t]+)?[A-ZÀ-Þ][\w-]+")
# Lower-case words that, after "van de", describe a generic matter rather than a unit ("van de gemeente").
# Words after a title that are no portfolio even before "van X": "de teamleider zelf van", "de manager ook bij".
NOT_UNITS = frozenset("zelf ook weer niet nooit alleen maar toen".split())
GENERIC_AFTER = {"gemeente", "dienst", "klager", "klaagster", "zaak", "klacht", "week", "maand", "dag", "organisatie"}


def _named_unit(qualifier: str) -> bool:
    """Two capitalised words that are no person's name ("medewerker Gerrit-Jan Vos" is a name, not a unit)."""
    match = NAMED_UNIT.match(qualifier)
    if not match:
        return False
    words = [w.lower() for w in re.findall(r"[\w-]+", match.group()) if w != "en"]
    first, last = lookup.first_names(), lookup.surnames()  # no union: that would copy both lists per call
    return not any(p in first or p in last for w in words for p in (w, w.split("-")[0]))


@lru_cache(maxsize=65536)
def _compound(word: str) -> bool:
    """Words repeat across texts: the suffix test is cached per word."""
    return (word in NEEDS_UNIT or word.endswith(COMPOUND_ENDINGS)) and word not in TITLE_SET


def _title_matches(doc):
    """Unique titles, compounds ending in one, and unit-bound roles, each once, in text order."""
    seen = set()
    titles = sorted((start, word) for word in doc.words & TITLE_SET for start in doc.positions(word))
    for start, word in titles:
        seen.add(start)
        yield TITLE_AT.match(doc.lower, start), word
    compounds = [w for w in doc.words if _compound(w)]
    found = []
    for word in compounds:
        title = word if word in NEEDS_UNIT else ("medewerker" if word.endswith(NEEDS_UNIT) else "compound")
        for start in doc.positions(word):
            if start not in seen and "-" not in doc.lower[start - 1 : start]:
                found.append((start, word, title))
    for start, _word, title in sorted(found):
        yield COMPOUND_AT.match(doc.lower, start), title


def _clip_to_keep(doc, start: int, end: int) -> int:
    """End a function title before a kept public body: "directeur van [DUO]" keeps "DUO"."""
    for k_start, _ in sorted(doc.keep):
        if start < k_start < end and not UNIT_START.match(doc.lower, k_start):
            return start + len(
                re.sub(r"[ \t]+(?:van|voor|bij)(?:[ \t]+(?:de|het))?[ \t]*$", "", doc.text[start:k_start]).rstrip()
            )
    return end


@register("functie")
def detect_function(doc):
    for match, title in _title_matches(doc):
        qualifier = QUALIFIERS.match(doc.text, match.end()).group()
        if not qualifier:
            portfolio = PORTFOLIO.match(doc.text, match.end())
            low = portfolio.group(1) if portfolio else ""
            if (
                portfolio
                and title not in NEEDS_UNIT
                and low not in lookup.common_words()
                and low not in ADVERBS
                and not NOT_PORTFOLIO.search(low)
            ):
                qualifier = portfolio.group()
        if not qualifier and title not in NEEDS_PLACE:
            portfolio = PORTFOLIO_OF.match(doc.text, match.end())
            low = portfolio.group(1) if portfolio else ""
            if portfolio and low not in ADVERBS and not NOT_PORTFOLIO_OF.search(low) and low not in NOT_UNITS:
                qualifier = portfolio.group()
        words = re.findall(r"[\w-]+", qualifier)
        if qualifier and words and words[-1].lower() in GENERIC_AFTER:
            qualifier = ""
        if not qualifier:
            if title in ALONE:
                yield doc.entity(match.start(1), match.end(1), "FUNCTIE", "functie", 0.8)
            continue
        if title in NEEDS_PLACE and not re.search(r"[A-ZÀ-Þ]", qualifier):
            continue
        if (title in NEEDS_UNIT or title == "medewerker") and not (
            (UNIT_IN.search(qualifier) and re.search(r"[A-ZÀ-Þ]", qualifier)) or _named_unit(qualifier)
        ):
            continue
        if title in PLACE_BOUND:
            place = IN_PLACE.match(doc.text, match.end() + len(qualifier.rstrip()))
            if place:
                yield doc.entity(match.start(1), place.end(), "FUNCTIE", "functie", 0.85)
            continue
        end = _clip_to_keep(doc, match.start(1), match.end() + len(qualifier.rstrip()))
        if end <= match.start(1):
            continue
        yield doc.entity(match.start(1), end, "FUNCTIE", "functie", 0.85)
        apposition = APPOSITION.match(doc.text, end)
        if apposition and plausible(apposition.group(1)):
            yield doc.entity(apposition.start(1), apposition.end(1), "NAAM", "naam-functie", 0.85)


# English word order puts the unit first: "our customer service manager", "the parking team leader".
ENGLISH_TITLE = re.compile(
    r"\b(?:our|the|your|their|my)[ \t]+((?:[a-z][a-z-]+[ \t]+){1,3}(?:manager|director|coordinator|supervisor|"
    r"team leader|officer|case worker|caseworker))\b"
)
ENGLISH_NOT_UNIT = frozenset("new old former previous current same other senior junior".split())


@register("functie-engels")
def detect_english_function(doc):
    if doc.words.isdisjoint(
        {"manager", "director", "coordinator", "supervisor", "leader", "officer", "worker", "caseworker"}
    ):
        return
    for match in ENGLISH_TITLE.finditer(doc.lower):
        words = match.group(1).split()
        if words[0] in ENGLISH_NOT_UNIT:
            continue
        yield doc.entity(match.start(1), match.end(1), "FUNCTIE", "functie", 0.8)


# A generic role is one person in a small gemeente: "de leerplichtambtenaar van de gemeente Borne" (24,639
# inhabitants) names one official, "de leerplichtambtenaar van Amsterdam" does not. CBS population, 2024.
SMALL_GEMEENTE = 50_000
LOCAL_ROLES = frozenset(
    "leerplichtambtenaar leerplichtconsulent wmo-consulent wmo-adviseur jeugdconsulent klantmanager "
    "inkomensconsulent participatiecoach schuldhulpverlener schuldhulpconsulent handhaver boa toezichthouder "
    "bouwinspecteur trouwambtenaar babs wijkcoach buurtcoach jongerenwerker opbouwwerker consulent".split()
)
ROLE_OF_GEMEENTE = re.compile(
    r"[ \t]+(?:van|bij|in|uit)[ \t]+(?:de[ \t]+)?(?:gemeente[ \t]+)?"
    r"((?:'s-)?[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:op|aan|den|de|het|en)[ \t]+[A-ZÀ-Þ][\w'’-]+|[ \t]+[A-ZÀ-Þ][\w'’-]+)?)"
)


PORTFOLIO_WORD = re.compile(r"[ \t]+[a-zà-ÿ][a-zà-ÿ-]{3,}(?=[ \t])")


def _small_gemeente(name: str) -> bool:
    from openklachten.standard import reference  # the standard component ships the population figures

    for candidate in (name, name.split()[0]):
        inhabitants = reference.inwoners(candidate)
        if inhabitants is not None:
            return inhabitants < SMALL_GEMEENTE
    return False


@register("functie-kleine-gemeente")
def detect_local_role(doc):
    roles = doc.words & LOCAL_ROLES
    if not roles:
        return
    for role in roles:
        for start in doc.positions(role):
            after = start + len(role)
            # "de consulent schuldhulp van de gemeente Oldambt": one portfolio word may come between.
            portfolio = PORTFOLIO_WORD.match(doc.text, after)
            match = ROLE_OF_GEMEENTE.match(doc.text, after) or (
                portfolio and ROLE_OF_GEMEENTE.match(doc.text, portfolio.end())
            )
            if match and _small_gemeente(match.group(1)):
                yield doc.entity(start, start + len(role), "FUNCTIE", "functie-kleine-gemeente", 0.85)
