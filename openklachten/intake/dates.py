"""Dates as coordinators type them: ISO, dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, '12 maart 2024', Excel serial numbers."""

from __future__ import annotations

import datetime as dt
import re

from openpyxl.utils.datetime import from_excel

# Excel serial numbers between these bounds are read as dates (1 Jan 1950 .. 31 Dec 2099); a plain number
# outside them is more likely a typo than a date, and is reported instead of silently converted.
SERIAL_MIN, SERIAL_MAX = 18264, 73415

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DUTCH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$")
_MONTH_NAME = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")

# Dutch month names with the abbreviations people type; the first of each is the name itself.
_MONTH_SPELLINGS = (
    ("januari", "jan"),
    ("februari", "feb"),
    ("maart", "mrt", "mar"),
    ("april", "apr"),
    ("mei",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augustus", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "okt", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTH_NAMES = tuple(spellings[0] for spellings in _MONTH_SPELLINGS)  # "januari" .. "december"
MONTHS = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}


class DateError(ValueError):
    """A value that is not a date; the message (Dutch) says what to type instead."""


FORMAT_HINT = "gebruik jjjj-mm-dd (bijvoorbeeld 2024-03-12) of dd-mm-jjjj (12-03-2024)"


def _make(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError("deze datum bestaat niet") from None


# Complaint registers reach back to the early 1990s; a date outside this range is a typing or export error
# (year 0001, 9999) and would stretch every time series of the site to thousands of empty months.
EARLIEST_YEAR, LATEST_YEAR = 1990, 2100


def parse_date(value) -> dt.date:
    """A plausible date from a cell value; DateError with a Dutch reason otherwise."""
    day = _parse(value)
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise DateError(f"het jaar {day.year} kan niet kloppen (toegestaan: {EARLIEST_YEAR} tot en met {LATEST_YEAR})")
    return day


def _parse(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise DateError(FORMAT_HINT)
    if isinstance(value, int | float):
        return _from_serial(value)
    text = str(value).strip()
    found = _ISO.match(text)
    if found:
        return _make(int(found[1]), int(found[2]), int(found[3]))
    found = _DUTCH.match(text)
    if found:
        return _make(int(found[3]), int(found[2]), int(found[1]))
    found = _MONTH_NAME.match(text.lower())
    if found and found[2] in MONTHS:
        return _make(int(found[3]), MONTHS[found[2]], int(found[1]))
    if _SERIAL.match(text):
        return _from_serial(float(text))
    if _SHORT_YEAR.match(text):
        raise DateError("schrijf het jaar met vier cijfers; " + FORMAT_HINT)
    raise DateError(FORMAT_HINT)


def _from_serial(number: float) -> dt.date:
    if not SERIAL_MIN <= number <= SERIAL_MAX:
        raise DateError(FORMAT_HINT)
    return from_excel(number).date()
