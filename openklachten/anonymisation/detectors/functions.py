"""FUNCTIE: a job title that singles out one official ("teamleider Parkeren", "de wijkagent", "wethouder van Jeugd").

Generic roles ("de Wmo-consulent", "een medewerker", "de leerplichtambtenaar") stay: many people hold them.
A title counts when only one person holds it: a head of a named unit, an office tied to a place or portfolio.
"""

import re

from openklachten.anonymisation.registry import register

UNIQUE_TITLES = (
    "teamleider teamleidster teamchef coördinator coordinator gebiedscoördinator directeur directrice burgemeester "
    "wethouder gedeputeerde voorzitter secretaris griffier havenmeester omgevingsmanager manager afdelingshoofd "
    "hoofd wijkagent wijkmanager wijkregisseur buurtregisseur commissaris dijkgraaf heemraad gemeentesecretaris "
    "directielid bestuurder locatiemanager clustermanager afdelingsmanager projectleider programmamanager "
    "opzichter beheerder portefeuillehouder schooldirecteur rector conciërge huismeester handhaver boa "
    "wijkverpleegkundige bedrijfsleider filiaalmanager korpschef districtschef hoofdinspecteur ombudsman "
    "kinderombudsman sectorhoofd unitmanager stadsdeelvoorzitter marktmeester parkeercoördinator"
).split()
# Titles that single out a person even without a unit or place after them.
ALONE = ("wijkagent", "wijkregisseur", "buurtregisseur", "havenmeester", "huismeester", "conciërge", "marktmeester")
# Titles that only single someone out with a place or unit: "de handhaver van wijk Noord".
NEEDS_PLACE = ("handhaver", "boa", "wijkverpleegkundige", "ombudsman", "kinderombudsman")

CAP_WORDS = r"[A-ZÀ-Þ][\w&'-]*(?:[ \t]+(?:en|&|van|voor|de|der|het|'t)[ \t]+[A-ZÀ-Þ][\w-]*|[ \t]+[A-ZÀ-Þ][\w-]*){0,3}"
UNIT = r"(?:afdeling|team|basisteam|wijk|sector|cluster|stadsdeel|gebied|dienst|regio|district|bureau|provincie|gemeente)"
PREP = rf"[ \t]+(?:van|voor|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:{UNIT}[ \t]+)?"
QUALIFIER = rf"(?:{PREP}(?:{CAP_WORDS}|[a-zà-ÿ][\w-]+(?:[ \t]+{CAP_WORDS})?)|[ \t]+(?:{UNIT}[ \t]+)?{CAP_WORDS})"
TITLE_SET = frozenset(UNIQUE_TITLES)
TITLE = "|".join(sorted(UNIQUE_TITLES, key=len, reverse=True))
TITLE_AT = re.compile(rf"(?<![\w-])({TITLE})(?![\w-])")
QUALIFIERS = re.compile(rf"(?:{QUALIFIER}){{0,2}}")
# Lower-case words that, after "van de", describe a generic matter rather than a unit ("van de gemeente").
GENERIC_AFTER = {"gemeente", "dienst", "klager", "klaagster", "zaak", "klacht", "week", "maand", "dag", "organisatie"}


@register("functie")
def detect_function(doc):
    if doc.words.isdisjoint(TITLE_SET):
        return
    for match in TITLE_AT.finditer(doc.lower):
        title = match.group(1)
        qualifier = QUALIFIERS.match(doc.text, match.end()).group()
        words = re.findall(r"[\w-]+", qualifier)
        if qualifier and words and words[-1].lower() in GENERIC_AFTER:
            qualifier = ""
        if not qualifier:
            if title in ALONE:
                yield doc.entity(match.start(1), match.end(1), "FUNCTIE", "functie", 0.8)
            continue
        if title in NEEDS_PLACE and not re.search(r"[A-ZÀ-Þ]", qualifier):
            continue
        end = match.end() + len(qualifier.rstrip())
        yield doc.entity(match.start(1), end, "FUNCTIE", "functie", 0.85)
