"""Dutch number, percentage and plural formatting for the generated report text.

Dutch writes 1.234 and 12,5; a percentage on fewer than MIN_BASE cases misleads (one complaint moves it by
several points), so `share` then gives "3 van de 12" instead.
"""

from openklachten.publication.query import defaults

MIN_BASE = defaults.MIN_COMPLAINTS_FOR_RATE  # the site-wide ≥ 30 rule


def number(value, decimals: int = 0) -> str:
    """1234 -> '1.234'; 12.345 with 1 decimal -> '12,3'."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def percent(fraction, decimals: int = 0) -> str:
    """0.083 -> '8%'; a share below 1% but above 0 is written '<1%' rather than a misleading 0%."""
    if fraction is None:
        return "–"
    value = 100 * fraction
    if 0 < value < 0.5 and decimals == 0:
        return "<1%"
    return number(value, decimals) + "%"


def plural(n: int, one: str, many: str) -> str:
    """'1 klacht', '2 klachten' (with the number formatted)."""
    return f"{number(n)} {one if n == 1 else many}"


def share(part: int, whole: int) -> str:
    """'8% (33 klachten)' when whole ≥ MIN_BASE, else '3 van de 12'."""
    if whole >= MIN_BASE:
        return f"{percent(part / whole)} ({plural(part, 'klacht', 'klachten')})"
    return f"{number(part)} van de {number(whole)}"


def join(items: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def days(value) -> str:
    if value is None:
        return "–"
    rounded = round(value)
    return plural(rounded, "dag", "dagen")
