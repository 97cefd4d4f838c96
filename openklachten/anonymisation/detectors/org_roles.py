"""FUNCTIE (round 8): a role at one named school, club, church or local office points at one person.

"de intern begeleider van basisschool De Regenboog in Assen", "de predikant van de Gereformeerde Kerk
Nunspeet", "de klachtbehandelaar van UWV-kantoor Hoofddorp": grammar (role + "van" + an organisation name as
`keep.ORGANISATION` reads it, or a local office "X-kantoor Plaats"), the place after it included.
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.keep import HEAD_WORDS, ORGANISATION
from openklachten.anonymisation.namegrammar import is_known_first_name, is_known_surname

# Round 10: specialists and advisers of one named organisation ("de boomdeskundige van Stadsbeheer", "de
# ouderenadviseur van Welzijn Lochem", "de sluiswachter van ..."); with these the organisation may also be a
# name the keep-module does not know.
SPECIALISTS = r"[a-z]*adviseur|[a-z]+deskundige|[a-z]+wachter|[a-z]*toezichthouder|[a-z]*begeleider|[a-z]*leider"
SPECIALIST_BEFORE = re.compile(rf"(?<![\w-])(?:{SPECIALISTS})[ \t]*$")
ROLES = (
    r"intern[ \t]+begeleider|[a-z]*behandelaar|predikant|dominee|pastoor|pastor|imam|rabbijn|ouderling|diaken|"
    r"jeugdleider|[a-z]*trainer|[a-z]*coach|voorzitter|secretaris|penningmeester|directeur|directrice|conrector|"
    r"rector|teamleider|locatiemanager|locatieleider|vertrouwenspersoon|vertrouwenscontactpersoon|"
    r"aandachtsfunctionaris|zorgcoördinator|coördinator|bestuurder|beheerder|conciërge|kantoormanager|"
    r"[a-z]*manager|[a-z]*consulent|bedrijfsleider|eigenaar|eigenaresse|"
    # Round 9: doctors of a local office ("verzekeringsarts van UWV-kantoor X"), rangers.
    r"[a-z]+arts|boswachter|" + SPECIALISTS
)
# Round 10: an organisation the keep-module does not read as one ("Welzijn Lochem", "Stadsbeheer", "het
# Drents-Friese Wold"): one to three capitalised words, not a kept public body and not a person's name.
CAPITALISED_ORG = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}")
DEPARTMENT_ENDINGS = ("beheer", "zaken", "dienst", "toezicht", "ontwikkeling", "werken", "loket", "zorg", "welzijn")
AT_PLACE = re.compile(r"[ \t]+(?:in|te|bij)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+")
# Speed: the scan starts at " van "/" bij " (a literal); the role is checked in the 40 characters before.
OF = re.compile(r" (?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?")
ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{ROLES})[ \t]*$")
LOCAL_OFFICE = re.compile(r"[\w-]*kantoor[ \t]+[A-ZÀ-Þ][\w'’-]+")
ORG_STARTS = tuple(HEAD_WORDS)
APPOSITION = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[A-ZÀ-Þ]")
IN_PLACE = re.compile(r"[ \t]+(?:in|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+")


# Round 9 (grammar): "de beslismedewerker in Zevenaar": a case-handling role with "de" and the one place it
# works in; "een medewerker in Zwolle" stays (not singled out).
IN = re.compile(r" (?:in|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+")
DE_ROLE_BEFORE = re.compile(r"(?<![\w-])de[ \t]+([a-z]+(?:medewerker|behandelaar|jurist|consulent|adviseur))[ \t]*$")


@register("functie-plaats")
def detect_role_in_place(doc):
    if " in " not in doc.text and " te " not in doc.text:
        return
    for place in IN.finditer(doc.text):
        role = DE_ROLE_BEFORE.search(doc.lower, max(0, place.start() - 40), place.start())
        if role:
            yield doc.entity(role.start(1), place.end(), "FUNCTIE", "functie-plaats", 0.8)


def _named_organisation(doc, start: int):
    match = CAPITALISED_ORG.match(doc.text, start)
    if not match or any(ks <= start < ke for ks, ke in doc.keep):
        return None
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", match.group())]
    # One word is a brand ("Eneco", "Arriva": many staff) unless it names a department ("Stadsbeheer") or a
    # place follows ("de Oranjesluis bij Schellingwoude").
    single = len(words) == 1 and not words[0].endswith(DEPARTMENT_ENDINGS)
    if single and not AT_PLACE.match(doc.text, match.end()):
        return None
    # "de adviseur van Jan Smit" names a person; a place in the name ("Welzijn Lochem") is no surname here.
    if is_known_first_name(words[0]) or all(is_known_surname(w) and w not in lookup.places() for w in words):
        return None
    return match


@register("functie-organisatie")
def detect_role_at_organisation(doc):
    text = doc.text
    lower = doc.lower
    for of in OF.finditer(lower):
        if not (text[of.end() : of.end() + 1].isupper() or lower.startswith(ORG_STARTS, of.end())):
            continue
        role = ROLE_BEFORE.search(lower, max(0, of.start() - 40), of.start())
        if not role:
            continue
        organisation = ORGANISATION.match(text, of.end()) or LOCAL_OFFICE.match(text, of.end())
        in_place = IN_PLACE
        if not organisation and SPECIALIST_BEFORE.search(lower, role.start(), of.start()):
            organisation = _named_organisation(doc, of.end())
            in_place = AT_PLACE
        if not organisation:
            continue
        end = organisation.end()
        place = in_place.match(text, end)
        if place:
            end = place.end()
        # "de jeugdleider van de Kerk X, ouderling Jansen, ...": the apposition names the person; the name is
        # redacted and the organisation stays readable.
        if text.startswith(",", end) and APPOSITION.match(text, end + 1):
            continue
        yield doc.entity(role.start(), end, "FUNCTIE", "functie-organisatie", 0.85)
