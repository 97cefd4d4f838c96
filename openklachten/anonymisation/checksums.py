"""Checksums that tell a real identifier from a random number: the BSN elfproef and IBAN mod-97."""

import re

IBAN_LENGTHS = {  # ISO 13616 lengths of the countries a Dutch complainant plausibly banks in
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "ES": 24,
    "IT": 27,
    "PL": 28,
    "TR": 26,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "PT": 25,
    "IE": 22,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "RO": 24,
    "BG": 22,
    "HU": 28,
    "CZ": 24,
    "SK": 24,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "GR": 27,
    "HR": 21,
    "SI": 19,
    "MA": 28,
}


def elfproef(digits: str) -> bool:
    """BSN check: 9 digits (8 get a leading zero), weights 9..2 and -1, sum divisible by 11, not all zero."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=False)) - int(digits[8])
    return total % 11 == 0


def iban_valid(raw: str) -> bool:
    """IBAN check: known country length and mod-97 == 1 over the rearranged number."""
    iban = re.sub(r"[\s.\-]", "", raw).upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    numeric = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(numeric) % 97 == 1
