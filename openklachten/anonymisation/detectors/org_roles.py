"""FUNCTIE (round 8): a role at one named school, club, church or local office points at one person.

"de intern begeleider van basisschool De Regenboog in Assen", "de predikant van de Gereformeerde Kerk
Nunspeet", "de klachtbehandelaar van UWV-kantoor Hoofddorp": grammar (role + "van" + an organisation name as
`keep.ORGANISATION` reads it, or a local office "X-kantoor Plaats"), the place after it included.
"""

import re

from openklachten.anonymisation.detector_catalogue import register
from openklachten.anonymisation.keep import ORGANISATION

ROLES = (
    r"intern[ \t]+begeleider|[a-z]*behandelaar|predikant|dominee|pastoor|pastor|imam|rabbijn|ouderling|diaken|"
    r"jeugdleider|[a-z]*trainer|[a-z]*coach|voorzitter|secretaris|penningmeester|directeur|directrice|conrector|"
    r"rector|teamleider|locatiemanager|locatieleider|vertrouwenspersoon|vertrouwenscontactpersoon|"
    r"aandachtsfunctionaris|zorgcoördinator|coördinator|bestuurder|beheerder|conciërge|kantoormanager|"
    r"vestigingsmanager|bedrijfsleider|eigenaar|eigenaresse"
)
ROLE_OF = re.compile(rf"(?<![\w-])(?:{ROLES})[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?")
LOCAL_OFFICE = re.compile(r"[\w-]*kantoor[ \t]+[A-ZÀ-Þ][\w'’-]+")
APPOSITION = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[A-ZÀ-Þ]")
IN_PLACE = re.compile(r"[ \t]+(?:in|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]+")


@register("functie-organisatie")
def detect_role_at_organisation(doc):
    text = doc.text
    for role in ROLE_OF.finditer(doc.lower):
        organisation = ORGANISATION.match(text, role.end()) or LOCAL_OFFICE.match(text, role.end())
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
