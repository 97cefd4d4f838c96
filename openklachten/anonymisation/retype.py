"""A phone number the dossier label or the safety net claimed is still a phone number.

"nummer 020 56 71 23 40", "tel 0 6 1 8 2 7 3 6 4 5", "mobiel 31 6 18 27 36 45": digits in pairs or one by one
do not look like the phone formats the phone detector expects, so a case-number rule takes them. When the
digits form a valid Dutch or international phone number and no case-number word ("zaaknummer", "kenmerk",
"klantnummer") stands right before, the type is TELEFOON.
"""

import re

import phonenumbers

from openklachten.anonymisation.entities import REVIEW_BELOW, Entity

CASE_WORDS = re.compile(
    r"(?i)(?:zaak|dossier|klant|klacht|polis|referentie|aanslag|factuur|registratie|relatie|debiteur|kenmerk|"
    r"ticket|order|contract|bsn|burgerservice|rekening|iban)\w*\W{0,12}$"
)
# A Dutch mobile number by its shape (06 + eight digits, also after +31/0031) is a phone number even when
# the library calls it invalid ("06-07850762": no such range yet, but nobody writes a case number that way).
MOBILE_SHAPE = re.compile(r"(?:0|31|0031)6\d{8}")
PHONE_WORDS = re.compile(r"(?i)(?:tel|telefoon|mobiel|gsm|nummer|bel|bereikbaar|terugbellen|whatsapp|sms)\w*\W{0,12}$")


def _valid_phone(digits: str) -> bool:
    for candidate in (
        digits,
        "+" + digits[2:] if digits.startswith("00") else None,
        "+" + digits if digits.startswith("31") else None,
    ):
        if not candidate:
            continue
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, "NL")):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def retype_phones(text: str, entities: list[Entity]) -> list[Entity]:
    for entity in entities:
        if entity.type != "DOSSIERNUMMER":
            continue
        digits = re.sub(r"\D", "", text[entity.start : entity.end])
        if not 9 <= len(digits) <= 13 or re.search(r"[A-Za-z]", text[entity.start : entity.end]):
            continue
        before = text[max(0, entity.start - 30) : entity.start]
        if CASE_WORDS.search(before):
            continue
        if MOBILE_SHAPE.fullmatch(digits) or (PHONE_WORDS.search(before) and _valid_phone(digits)):
            entity.type = "TELEFOON"
            # Typed and redacted: a phone number the safety net caught needs no person to look at it.
            entity.confidence = max(entity.confidence, REVIEW_BELOW)
    return entities
