"""A report period: a calendar year or a quarter, its dates, the period it is compared with, and whether it is over."""

import datetime as dt
import re
from dataclasses import dataclass

from openklachten.intake.dates import MONTH_NAMES
from openklachten.publication.query import defaults

MONTHS = MONTH_NAMES
_QUARTER = re.compile(r"(\d{4})-K([1-4])")


class InvalidPeriod(ValueError):
    """A Dutch message: the year or quarter in the URL is not one we report on."""


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None

    @classmethod
    def parse_year(cls, raw) -> "Period":
        year = int(raw)
        if not defaults.EARLIEST_YEAR <= year <= defaults.LATEST_YEAR:
            raise InvalidPeriod(f"Kies een jaar van {defaults.EARLIEST_YEAR} tot en met {defaults.LATEST_YEAR}.")
        return cls(year)

    @classmethod
    def parse_quarter(cls, raw: str) -> "Period":
        match = _QUARTER.fullmatch(raw or "")
        if not match:
            raise InvalidPeriod("Geef het kwartaal op als JJJJ-Kn, bijvoorbeeld 2024-K3.")
        return cls(cls.parse_year(match.group(1)).year, int(match.group(2)))

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1 if self.quarter is None else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> dt.date:
        last_month = 12 if self.quarter is None else 3 * self.quarter
        following = dt.date(self.year + (last_month == 12), last_month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def previous(self) -> "Period":
        """The same period a year earlier: the report compares with last year, like the coordinators do."""
        return Period(self.year - 1, self.quarter)

    @property
    def slug(self) -> str:
        return str(self.year) if self.quarter is None else f"{self.year}-K{self.quarter}"

    @property
    def label(self) -> str:
        """'2024' or 'het derde kwartaal van 2024' (for sentences)."""
        if self.quarter is None:
            return str(self.year)
        return f"het {('eerste', 'tweede', 'derde', 'vierde')[self.quarter - 1]} kwartaal van {self.year}"

    @property
    def title(self) -> str:
        return str(self.year) if self.quarter is None else f"{self.year}, {self.quarter}e kwartaal"

    @property
    def kind(self) -> str:
        return "jaarverslag" if self.quarter is None else "kwartaalrapportage"

    def incomplete(self, today: dt.date | None = None) -> bool:
        """True while the period is still running (or has not started): its figures will still grow."""
        return (today or dt.date.today()) <= self.end

    def quarters(self) -> list["Period"]:
        return [Period(self.year, q) for q in range(1, 5)]
