"""The safety net: identifier-shaped strings no detector claimed (long digit runs, letter-digit codes).

It leaves alone what carries public meaning: amounts ("€ 1.874", "412.000"), dates, times, years, article
numbers and organisations' registration numbers.
"""

import re

from openklachten.anonymisation.entities import REVIEW_BELOW, Entity

# 7+ digits, possibly grouped: shorter runs are house numbers, amounts, counts or years.
# The look-behind comes after the first digit: a pattern that starts with a digit lets the regex engine skip
# to digits, one that starts with a look-behind is tried at every position (twice the cost).
DIGIT_RUN = re.compile(r"\d(?<![\w.,/-]\d)(?:[ .\-/]?\d){6,}(?![\w]|[.,]\d)")
# Codes that mix letters and digits: "AB1234567", "X-99812-K". Only tokens with four digits in a row are
# looked at (linear time even on "A-A-A-..." strings); the shape is checked per token.
CODE_SHAPE = re.compile(r"[A-Z0-9][A-Z0-9-]{6,39}")
FOUR_DIGITS = re.compile(r"\d\d{3}")  # a single digit first lets the engine skip to digits (speed)
AMOUNT_BEFORE = re.compile(r"(?i)(€|eur|euro|bedrag|ƒ|\$)\s*$")
PUBLIC_BEFORE = re.compile(
    r"(?i)(kvk|lrk|rsin|postbus|antwoordnummer|artikel|art\.|btw|ecli|rapport|kamerstuk|agb|iso|nen)[\w-]*\W{0,12}$"
)
DATE_LIKE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
DATE_START = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ T]")
THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # 1.250.000: an amount
YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}\s?[-/]\s?(?:19|20)?\d{2}$")


# The net redacts on shape alone: at worst it removes a number that could have stayed (a keep loss), never
# does it leave one standing, so its finds need no person to look at them. Spoken numbers still do (below):
# a speech error may have split them.
SURE = REVIEW_BELOW

DIGIT_WORDS = (
    "nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    "zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd"
)
DIGIT_WORD_SET = frozenset(DIGIT_WORDS.split("|"))
# "nul zes een twee drie ..." as a speech recogniser writes a phone or case number: six or more number words.
SPELLED = re.compile(rf"(?i)(?<!\w)(?:{DIGIT_WORDS})(?:[ \t,-]+(?:{DIGIT_WORDS})){{5,}}(?!\w)")


def leftovers(text: str, taken: list[Entity], keep: list[tuple[int, int]]) -> list[Entity]:
    found = []

    def free(start: int, end: int) -> bool:
        return not any(start < e.end and e.start < end for e in taken) and not any(
            start < ke and ks < end for ks, ke in keep
        )

    for match in DIGIT_RUN.finditer(text):
        value = match.group().strip(" .-/")
        start, end = match.start(), match.start() + len(value)
        before = text[max(0, start - 25) : start]
        if DATE_LIKE.match(value) or THOUSANDS.match(value) or YEAR_RANGE.match(value) or DATE_START.match(value):
            continue
        if AMOUNT_BEFORE.search(before) or PUBLIC_BEFORE.search(before) or not free(start, end):
            continue
        found.append(Entity(start, end, "DOSSIERNUMMER", "vangnet", SURE))
    spoken = [w for w in text.lower().split() if w.strip(",") in DIGIT_WORD_SET]
    for match in SPELLED.finditer(text) if len(spoken) >= 6 else ():
        if free(match.start(), match.end()):
            type_ = "TELEFOON" if match.group().lower().startswith(("nul", "plus")) else "DOSSIERNUMMER"
            found.append(Entity(match.start(), match.end(), type_, "vangnet-uitgesproken", 0.7))
    if not FOUR_DIGITS.search(text):
        return found
    for start, end in _tokens_with_four_digits(text):
        value = text[start:end]
        if not (CODE_SHAPE.fullmatch(value) and any(c.isalpha() for c in value)):
            continue
        if free(start, end) and not PUBLIC_BEFORE.search(text[max(0, start - 25) : start]):
            found.append(Entity(start, end, "DOSSIERNUMMER", "vangnet", SURE))
    return found


def _tokens_with_four_digits(text: str):
    """(start, end) of the [\\w-]+ tokens that hold four digits in a row, in text order.

    Found from the digits outwards: walking every token of the text cost more than the rest of the safety net.
    """
    last_end = -1
    for digits in FOUR_DIGITS.finditer(text):
        if digits.start() < last_end:
            continue  # inside the token just reported
        start, end = digits.start(), digits.end()
        while start > 0 and _token_char(text[start - 1]):
            start -= 1
        while end < len(text) and _token_char(text[end]):
            end += 1
        last_end = end
        yield start, end


def _token_char(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what [\w-] matches
