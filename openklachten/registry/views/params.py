"""Query-string values of the publisher pages, read leniently: a bad value filters nothing instead of failing."""

import datetime as dt


def date_param(request, name: str) -> dt.date | None:
    """`?van=2025-01-31` as a date; missing or not an ISO date gives None."""
    value = request.GET.get(name, "")
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
