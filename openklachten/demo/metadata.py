"""Dataset metadata of one demo delivery, per the standard's Metadata sheet (machine names of metadata.csv)."""

import datetime as dt
from functools import cache

from openklachten.demo.catalogue import NATIONALE_OMBUDSMAN, DemoOrganisation, reference_rows
from openklachten.standard import load

FORMAT_NAMES = {"csv": "CSV", "xlsx": "XLSX", "json": "JSON"}


def period_label(start: dt.date, end: dt.date) -> str:
    """'kwartaal 2' or 'halfjaar 1', as in the title of the delivery."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months <= 3:
        return f"kwartaal {(start.month - 1) // 3 + 1}"
    return f"halfjaar {(start.month - 1) // 6 + 1}"


def delivery_metadata(org: DemoOrganisation, start: dt.date, end: dt.date, fmt: str, issued: dt.datetime) -> dict:
    """Metadata as a publisher fills it in: fixed values of the standard plus title, owner, contact, period."""
    period = period_label(start, end)
    year = start.year
    slug = org.mailbox.split("@")[1]
    return {
        **_fixed_values(),
        "titel": f"Klachten {org.name} {year} {period}",
        "omschrijving": (
            f"Overzicht van alle klachten die {org.name} heeft ontvangen in {period} van {year} "
            f"({start:%d-%m-%Y} tot en met {end:%d-%m-%Y}), met de stand van de behandeling."
        ),
        "uitgiftedatum": issued.strftime("%Y-%m-%dT%H:%M:%S"),
        "wijzigingsdatum": issued.strftime("%Y-%m-%dT%H:%M:%S"),
        "eigenaar": org.name,
        "contact": f"T: {_phone(org)} E: {org.mailbox}",
        "url": f"https://www.{slug}/klachten/{year}-{period.replace(' ', '-')}",
        "locatie": _location(org),
        "periode": f"{start.isoformat()}/{end.isoformat()}",
        "beschikbare_formaten": FORMAT_NAMES[fmt],
    }


def _phone(org: DemoOrganisation) -> str:
    """A general (not personal) number: 14 + area code for gemeenten, an 088 number for others."""
    digits = sum(map(ord, org.code)) % 900 + 100
    if org.type == "gemeente":
        return f"14 0{digits // 10}"
    return f"088 {digits} {digits % 97:02d} {digits % 89:02d}"


def _location(org: DemoOrganisation) -> str:
    """The area the handler serves: its own name, the gemeenten of a local ombudsman, or Nederland."""
    if org.type in ("gemeente", "provincie", "waterschap"):
        return org.name
    if org.type == "ombudsman" and org.code != NATIONALE_OMBUDSMAN[0]:
        return ", ".join(reference_rows()[code].naam for code in org.covers)
    return "Nederland"


@cache
def _fixed_values() -> dict:
    """The metadata fields with a fixed value in the standard (documentsoort, thema, taal, licentie, ...)."""
    return {f.machine_name: f.fixed_value for f in load().metadata_fields if f.fixed_value}
