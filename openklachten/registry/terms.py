"""The statutory handling term of Awb art. 9:11, computed from the dates instead of self-reported.

Art. 9:11: a complaint is handled within six weeks of receipt, or ten weeks when an advisory
committee (art. 9:14) is involved; the body may postpone (verdagen) once by at most four weeks.
The same term is applied to informal complaints so that the share "binnen termijn" is comparable
across organisations; the Awb sets no term for them, which the documentation says.
"""

import datetime as dt

BASE_TERM_DAYS = 6 * 7  # art. 9:11 lid 1
ADVISORY_TERM_DAYS = 10 * 7  # art. 9:11 lid 1 with a commissie as bedoeld in art. 9:14
POSTPONEMENT_DAYS = 4 * 7  # art. 9:11 lid 2: "ten hoogste vier weken"


def termijn_dagen(adviescommissie: bool | None, verdaagd: bool | None) -> int:
    """The maximum lawful handling time in days."""
    days = ADVISORY_TERM_DAYS if adviescommissie else BASE_TERM_DAYS
    if verdaagd:
        days += POSTPONEMENT_DAYS
    return days


def behandelduur_dagen(ontvangstdatum: dt.date | None, datum_afhandeling: dt.date | None) -> int | None:
    """Calendar days from receipt to handling; None while the complaint is still open."""
    if ontvangstdatum is None or datum_afhandeling is None:
        return None
    return (datum_afhandeling - ontvangstdatum).days


def binnen_termijn(
    ontvangstdatum: dt.date | None,
    datum_afhandeling: dt.date | None,
    adviescommissie: bool | None = None,
    verdaagd: bool | None = None,
) -> bool | None:
    """Whether the complaint was handled within the term; None while it is still open."""
    duur = behandelduur_dagen(ontvangstdatum, datum_afhandeling)
    if duur is None:
        return None
    return duur <= termijn_dagen(adviescommissie, verdaagd)


def derived_fields(record: dict) -> dict:
    """The three derived Complaint fields for one validated record."""
    ontvangen, afgehandeld = record.get("ontvangstdatum"), record.get("datum_afhandeling")
    advies, verdaagd = record.get("adviescommissie"), record.get("verdaagd")
    return {
        "behandelduur_dagen": behandelduur_dagen(ontvangen, afgehandeld),
        "termijn_dagen": termijn_dagen(advies, verdaagd),
        "binnen_termijn": binnen_termijn(ontvangen, afgehandeld, advies, verdaagd),
    }
