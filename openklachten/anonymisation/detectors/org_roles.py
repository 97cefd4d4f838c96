"""FUNCTIE (round 8): a role at one named school, club, church or local office points at one person.

"de intern begeleider van basisschool De Regenboog in Assen", "de predikant van de Gereformeerde Kerk
Nunspeet", "de klachtbehandelaar van UWV-kantoor Hoofddorp": grammar (role + "van" + an organisation name as
`keep.ORGANISATION` reads it, or a local office "X-kantoor Plaats"), the place after it included.
"""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.keep import HEAD_WORDS, ORGANISATION

ROLES = (
    r"intern[ \t]+begeleider|[a-z]*behandelaar|predikant|dominee|pastoor|pastor|imam|rabbijn|ouderling|diaken|"
    r"jeugdleider|[a-z]*trainer|[a-z]*coach|voorzitter|secretaris|penningmeester|directeur|directrice|conrector|"
    r"rector|teamleider|locatiemanager|locatieleider|vertrouwenspersoon|vertrouwenscontactpersoon|"
    r"aandachtsfunctionaris|zorgcoördinator|coördinator|bestuurder|beheerder|conciërge|kantoormanager|"
    r"[a-z]*manager|[a-z]*consulent|bedrijfsleider|eigenaar|eigenaresse"
)
# Speed: the scan starts at " van "/" bij " (a literal); the role is checked in the 40 characters before.
OF = re.compile(r" (?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?")
ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{ROLES})[ \t]*$")
LOCAL_OFFICE = re.compile(r"[\w-]*kantoor[ \t]+[A-ZÀ-Þ][\w'’-]+")
ORG_STARTS = tuple(HEAD_WORDS)
APPOSITION = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[A-ZÀ-Þ]")
IN_PLACE = re.compile(r"[ \t]+(?:in|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+")


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
        if not organisation:
            continue
        end = organisation.end()
        place = IN_PLACE.match(text, end)
        if place:
            end = place.end()
        # "de jeugdleider van de Kerk X, ouderling Jansen, ...": the apposition names the person; the name is
        # redacted and the organisation stays readable.
        if text.startswith(",", end) and APPOSITION.match(text, end + 1):
            continue
        yield doc.entity(role.start(), end, "FUNCTIE", "functie-organisatie", 0.85)
