"""The figures of one complaint report: a scope (organisation, type, everything) over a period, from the query layer.

Every number here is an answer of `openklachten.publication.query` for the same Filters (tested equal); this
module only selects, orders and labels them.
"""

import datetime as dt
from dataclasses import dataclass, field

from openklachten.publication import query
from openklachten.publication.query import defaults, reporting
from openklachten.publication.query.filters import Filters
from openklachten.publication.query.vocabulary import ORGANISATION_TYPES
from openklachten.publication.reports.comparison import compare_similar
from openklachten.publication.reports.period import Period

# Dimensions of the overview the report shows, in the order of a coordinator's report.
SECTIONS = (
    ("ontvangwijze", "Kanalen (ontvangwijze)"),
    ("thema", "Thema's"),
    ("iv3_taakveld", "Iv3-taakvelden"),
    ("oorzaak", "Oorzaken"),
    ("afdoeningswijze", "Afdoeningswijze"),
)


@dataclass(frozen=True)
class Scope:
    """Whose report: one organisation (`kind` organisatie), all of one type (type), or all (alles)."""

    kind: str
    code: str = ""
    name: str = ""
    org_type: str = ""

    def filters(self, period: Period, **extra) -> Filters:
        include = {k: [v] for k, v in extra.items()}
        if self.kind == "organisatie":
            include["organisatie"] = [self.code]
        elif self.kind == "type":
            include["organisatie_type"] = [self.org_type]
        return Filters(include=include, van=period.start, tot=period.end)

    @classmethod
    def everything(cls) -> "Scope":
        return cls("alles", name="alle organisaties")

    @classmethod
    def of_type(cls, org_type: str) -> "Scope":
        label = ORGANISATION_TYPES.get(org_type)
        if label is None:
            raise KeyError(org_type)
        plural = {
            "gemeente": "gemeenten",
            "provincie": "provincies",
            "waterschap": "waterschappen",
            "ministerie": "ministeries",
            "zbo": "zelfstandige bestuursorganen en uitvoeringsorganisaties",
            "ombudsman": "ombudsmannen",
            "overig": "overige organisaties",
        }[org_type]
        return cls("type", name=f"alle {plural}", org_type=org_type)


@dataclass
class Report:
    scope: Scope
    period: Period
    incomplete: bool
    total: int
    previous_total: int
    overview: dict
    formal: dict  # overview of the formal complaints (conclusions, uphold rate)
    units: list = field(default_factory=list)
    term: dict = field(default_factory=dict)
    durations: dict = field(default_factory=dict)
    chain: dict = field(default_factory=dict)
    lessons: dict = field(default_factory=dict)
    comparison: dict | None = None
    quarters: list = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.total == 0

    @property
    def enough(self) -> bool:
        """≥ 30 complaints: percentages are shown; below it, counts only."""
        return self.total >= defaults.MIN_COMPLAINTS_FOR_RATE

    def counts(self, name: str) -> list[tuple[str, int]]:
        return list(self.overview["counts"].get(name, []))


def build(scope: Scope, period: Period, today: dt.date | None = None) -> Report:
    filters = scope.filters(period)
    overview = query.overview(filters)
    previous = query.summary(scope.filters(period.previous))["total"]
    report = Report(
        scope=scope,
        period=period,
        incomplete=period.incomplete(today),
        total=overview["total"],
        previous_total=previous,
        overview=overview,
        formal={},
    )
    if report.empty:
        return report
    report.formal = query.overview(scope.filters(period, formeel_informeel="formeel"))
    report.units = reporting.counts_by_unit(filters)
    report.term = reporting.term(filters)
    report.durations = reporting.durations(filters)
    report.chain = reporting.chain(filters)
    report.lessons = reporting.lessons(filters)
    if scope.kind == "organisatie" and scope.org_type:
        report.comparison = compare_similar(scope.code, scope.org_type, filters)
    if period.quarter is None:
        months = dict(overview["maanden"])
        report.quarters = [
            (q.quarter, sum(n for m, n in months.items() if q.start.strftime("%Y-%m") <= m <= q.end.strftime("%Y-%m")))
            for q in period.quarters()
        ]
    return report
