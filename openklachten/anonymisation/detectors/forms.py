"""Form fields: "Straat: Kerkstraat", "Huisnummer: 12", "Postcode: 1234 ab" — values without the usual shape."""

import re

from openklachten.anonymisation.detector_catalogue import register

FIELD = re.compile(
    r"(?im)^[ \t]*(straat|straatnaam|adres|woonadres|postadres|huisnummer|huisnr\.?|toevoeging|postcode|"
    r"tussenvoegsel|voorletters|initialen)[ \t]*:[ \t]*([^\n]{1,60}?)[ \t]*$"
)
TYPES = {
    "straat": "ADRES",
    "straatnaam": "ADRES",
    "adres": "ADRES",
    "woonadres": "ADRES",
    "postadres": "ADRES",
    "huisnummer": "ADRES",
    "huisnr": "ADRES",
    "huisnr.": "ADRES",
    "toevoeging": "ADRES",
    "postcode": "POSTCODE",
    "tussenvoegsel": "NAAM",
    "voorletters": "NAAM",
    "initialen": "NAAM",
}
# Round 8 (form structure): a name or address label with a qualifier before the colon: "Naam melder:",
# "Adres overlast:", "Naam ouder/verzorger:", "Achternaam na doorvragen:". The value is the rest of the line,
# whatever its case or OCR errors ("j. de vos", "boterbloem 9", "W1llem de Kl3rk"); in a pasted table the next
# field starts after two or more spaces ("Naam kind: Lotte de Klerk   Geb.datum: ...").
QUALIFIED_FIELD = re.compile(
    r"(?im)^[ \t>*-]*(naam|achternaam|voornaam|roepnaam|adres|woonadres|postadres|huisadres)"
    r"((?:[ \t]+[\w/().-]+){1,3})[ \t]*:[ \t]*((?:(?![ \t]{2})[^\n:]){1,50}?)(?=[ \t]{2,}|[ \t]*$)"
)
# A qualifier that makes the label about something other than a person: "Naam school:", "Adres website:".
NOT_PERSON = re.compile(
    r"(?i)\b(?:school|organisatie|bedrijf|instelling|vereniging|club|project|bestand|document|product|regeling|"
    r"locatie|afdeling|team|website|e-?mail|mail|instantie|opvang|kinderopvang|zorgaanbieder|werkgever|bank|"
    r"straat|wijk|gemeente|evenement|activiteit|rekening)\b"
)
# The same label inside a running note, after a full stop: only capitalised words are the value there.
INLINE_NAME_FIELD = re.compile(
    r"(?<=[.;!?] )(?:Achternaam|Voornaam|Roepnaam|Naam)(?:[ \t]+(?:[a-z/]+|[A-Z]{2,5})){0,3}[ \t]*:[ \t]*"
    r"([A-ZÀ-Þ][\w'’]+(?:[ \t-][A-ZÀ-Þ][\w'’]+){0,2})"
)
EMPTY_VALUES = frozenset("- n.v.t. nvt onbekend anoniem niet opgegeven zie boven idem".split())
# "Naam Hendriks, vl. T.": a name label without a colon in a call note, and "vl." for voorletters.
BARE_NAME_LABEL = re.compile(r"\bNaam[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)(?=[,;.]|[ \t]+vl)")
INITIALS_LABEL = re.compile(r"\b(?:vl|vlt|voorl)\.?[ \t]+([A-Z](?:\.[ \t]?[A-Z])*\.?)(?![\w])")
# "mijn postcode is 1234 ab": in speech and informal notes the letters come in lower case.
SPOKEN_POSTCODE = re.compile(r"(?i)\bpostcode\b[^\d\n]{0,15}([1-9]\d{3}[ \t]?[a-z]{2})(?![\w])")


def _field_type(label: str) -> str:
    """The type of a FIELD label. `(?i)` also matches ı, ſ and the Kelvin sign to i, s and k, which lower()
    leaves as they are ("Huısnummer"): then the key is the one the pattern itself matches."""
    found = TYPES.get(label.lower())
    if found is None:
        found = next(type_ for key, type_ in TYPES.items() if re.fullmatch(re.escape(key), label, re.IGNORECASE))
    return found


@register("formulier")
def detect_form_fields(doc):
    if ":" in doc.text:
        for match in FIELD.finditer(doc.text):
            value = match.group(2).strip()
            if value and value not in ("-", "n.v.t.", "nvt", "onbekend"):
                yield doc.entity(match.start(2), match.end(2), _field_type(match.group(1)), "formulier", 0.9)
    if ":" in doc.text and ("naam" in doc.lower or "adres" in doc.lower):
        for match in QUALIFIED_FIELD.finditer(doc.text):
            value = match.group(3).strip()
            if not value or value.lower() in EMPTY_VALUES or NOT_PERSON.search(match.group(2)):
                continue
            type_ = "NAAM" if "naam" in match.group(1).lower() else "ADRES"
            yield doc.entity(match.start(3), match.start(3) + len(value), type_, "formulier-veld", 0.9)
        for match in INLINE_NAME_FIELD.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "formulier-veld", 0.9)
    if "Naam " in doc.text:
        for match in BARE_NAME_LABEL.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "formulier-naam", 0.85)
    if "vl" in doc.words or "vlt" in doc.words or "voorl" in doc.words:
        for match in INITIALS_LABEL.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "NAAM", "formulier-naam", 0.85)
    if "postcode" in doc.lower:
        for match in SPOKEN_POSTCODE.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "POSTCODE", "postcode-label", 0.9)
