"""Fair comparison of organisations: rates per organisation and the measures the map can colour by.

Rates on fewer than MIN_COMPLAINTS complaints swing wildly with one case, so they are not shown.
"""

from dataclasses import dataclass

from openklachten.publication.site import geo
from openklachten.publication.site.charts.svg import number

MIN_COMPLAINTS = 30  # below this a percentage is noise; the issue asks for "te weinig klachten"
PER_INHABITANTS = 10_000


@dataclass
class Row:
    code: str
    naam: str
    type: str
    cbs_code: str
    total: int
    inwoners: int | None
    per_10000: float | None
    gegrond: float | None  # percentage 0..100 or None
    binnen_termijn: float | None

    @property
    def too_few(self) -> bool:
        return self.total < MIN_COMPLAINTS


def _pct(share) -> float | None:
    return None if share is None else 100 * share


def rows(compared: list[dict]) -> list[Row]:
    out = []
    for item in compared:
        cbs = (item.get("cbs_code") or "").upper()
        inwoners = geo.population(cbs) if cbs else None
        total = int(item.get("total") or 0)
        enough = total >= MIN_COMPLAINTS
        out.append(Row(
            code=item.get("organisatie", ""),
            naam=item.get("naam") or item.get("organisatie", ""),
            type=item.get("type", ""),
            cbs_code=cbs,
            total=total,
            inwoners=inwoners,
            per_10000=PER_INHABITANTS * total / inwoners if inwoners and enough else None,
            gegrond=_pct(item.get("gegrond")) if enough else None,
            binnen_termijn=_pct(item.get("binnen_termijn")) if enough else None,
        ))
    return out


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    attribute: str
    decimals: int
    suffix: str

    def value(self, row: Row):
        return getattr(row, self.attribute)

    def format(self, value) -> str:
        return "–" if value is None else number(value, self.decimals) + self.suffix


MEASURES = {m.key: m for m in (
    Measure("per10000", "Klachten per 10.000 inwoners", "per_10000", 1, ""),
    Measure("gegrond", "Percentage (deels) gegrond", "gegrond", 1, "%"),
    Measure("termijn", "Percentage binnen de termijn", "binnen_termijn", 1, "%"),
    Measure("aantal", "Aantal klachten", "total", 0, ""),
)}
DEFAULT_MEASURE = "per10000"
