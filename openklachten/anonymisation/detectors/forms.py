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
# "mijn postcode is 1234 ab": in speech and informal notes the letters come in lower case.
SPOKEN_POSTCODE = re.compile(r"(?i)\bpostcode\b[^\d\n]{0,15}([1-9]\d{3}[ \t]?[a-z]{2})(?![\w])")


@register("formulier")
def detect_form_fields(doc):
    if ":" in doc.text:
        for match in FIELD.finditer(doc.text):
            value = match.group(2).strip()
            if value and value not in ("-", "n.v.t.", "nvt", "onbekend"):
                yield doc.entity(match.start(2), match.end(2), TYPES[match.group(1).lower()], "formulier", 0.9)
    if "postcode" in doc.lower:
        for match in SPOKEN_POSTCODE.finditer(doc.text):
            yield doc.entity(match.start(1), match.end(1), "POSTCODE", "postcode-label", 0.9)
