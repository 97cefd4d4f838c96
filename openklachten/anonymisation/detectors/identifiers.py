"""Validated numbers: BSN (elfproef), IBAN (mod-97) and postcodes, in the forms people write them."""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.checksums import elfproef, iban_valid
from openklachten.anonymisation.detector_catalogue import register

# 8 or 9 digits, optionally grouped by single spaces or dots ("123 456 782", "1234.56.782").
# The look-behind after the first character: the engine then skips to candidates (same matches, speed).
BSN_CANDIDATE = re.compile(r"\d(?<![\w.,€-]\d)(?:[ .]?\d){7,8}(?![\w€]|[.,-]\d)")
BSN_TRIGGER = re.compile(
    r"(?i)(bsn|burgerservicenummer|burgerservice-nummer|sofi-?nummer|sofinr)(?:[\s:]+(?:is|was|nummer|nr\.?|van\s+\w+))?\W{0,25}$"
)
# Registration numbers of organisations (KvK, LRK, RSIN, Postbus): not personal data.
ORGANISATION_NUMBER = re.compile(
    r"(?i)(kvk|lrk|rsin|postbus|antwoordnummer|artikel|art\.|btw|ecli|agb)[\w\s.:-]{0,14}$"
)

NL_IBAN = re.compile(r"(?i)(?<![A-Z0-9])NL\s?\d{2}\s?[A-Z]{4}(?:[\s.]?\d){10}(?!\d)")
# The look-behind and "not NL" after the first capital: the engine skips to capitals (same matches, speed).
FOREIGN_IBAN = re.compile(r"[A-Z](?<![A-Z0-9][A-Z])(?!(?<=N)L)[A-Z]\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?")
# In every NL_IBAN match (under (?i) only "n"/"N" and "l"/"L" match these letters): a scan that skips to them.
NL_IBAN_HINT = re.compile(r"[Nn][Ll]\s?\d")
# Bank Nederlandse Gemeenten holds the accounts of public bodies: such an IBAN is context, not personal.
PUBLIC_BANKS = {"BNGH"}

# The look-behind after the first character: the engine then skips to candidates (same matches, speed).
POSTCODE = re.compile(r"([1-9](?<![\w€][1-9])\d{3})(\s?)([A-Z]{2}|[a-z]{2})(?!\w)")
POSTCODE_EXCLUDED_LETTERS = {"SA", "SD", "SS"}
TWO_LETTER_WORDS = frozenset(
    "in en op te de of na om is al as ik je ze we of nu zo ja nee aan al bv ca en eh ok uw".split()
)
PLACE_AFTER = re.compile(r"[ \t,]+([^\W\d_][\w'’-]*)")
HOUSE_NUMBER_BEFORE = re.compile(r"[a-zA-Z][ \t]\d{1,4}[a-zA-Z]?(?:-\d{1,3})?[ \t]*,?[ \t]*$")
POSTBUS_BEFORE = re.compile(r"(?i)(postbus|antwoordnummer)\s*\d+\s*,?\s*$")


@register("bsn")
def detect_bsn(doc):
    for match in BSN_CANDIDATE.finditer(doc.text):
        digits = re.sub(r"\D", "", match.group())
        before = doc.text[max(0, match.start() - 40) : match.start()]
        if ORGANISATION_NUMBER.search(before):
            continue
        if BSN_TRIGGER.search(before):
            yield doc.entity(match.start(), match.end(), "BSN", "bsn-label", 0.99)
        elif elfproef(digits) and len(digits) == 9:
            yield doc.entity(match.start(), match.end(), "BSN", "bsn-elfproef", 0.95)


@register("iban")
def detect_iban(doc):
    for match in NL_IBAN.finditer(doc.text) if NL_IBAN_HINT.search(doc.text) else ():
        compact = re.sub(r"[\s.]", "", match.group()).upper()
        if compact[4:8] in PUBLIC_BANKS:
            yield doc.entity(match.start(), match.end(), "KEEP", "iban-overheid", 1.0)
            continue
        confidence = 0.99 if iban_valid(compact) else 0.85  # a typo in an IBAN is still an IBAN
        yield doc.entity(match.start(), match.end(), "IBAN", "iban", confidence)
    for match in FOREIGN_IBAN.finditer(doc.text):
        value = match.group()
        # The pattern is greedy; shorten group by group until the checksum holds.
        while len(value) >= 15:
            if iban_valid(value):
                yield doc.entity(match.start(), match.start() + len(value.rstrip()), "IBAN", "iban", 0.99)
                break
            value = value[:-1].rstrip()


@register("postcode")
def detect_postcode(doc):
    text = doc.text
    for match in POSTCODE.finditer(text):
        letters = match.group(3)
        if letters.upper() in POSTCODE_EXCLUDED_LETTERS:
            continue
        if POSTBUS_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        if letters.islower():
            # "8012 dg" only when the pair is no word ("2023 in Enschede") and a place follows ("Zwolle", in chat
            # also "gouda") or a house number comes right before ("wilhelminastraat 58, 2805 bg").
            if letters in TWO_LETTER_WORDS:
                continue
            after = text[match.end() : match.end() + 2]
            next_word = PLACE_AFTER.match(text, match.end())
            place_after = next_word is not None and next_word.group(1).lower() in lookup.places()
            capital_after = re.match(r"\s[A-Z']", after) and not 1900 <= int(match.group(1)) <= 2099
            if not (
                place_after
                or capital_after
                or HOUSE_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue
        year_like = 1900 <= int(match.group(1)) <= 2099 and not match.group(2) == ""
        yield doc.entity(match.start(), match.end(), "POSTCODE", "postcode", 0.8 if year_like else 0.95)
