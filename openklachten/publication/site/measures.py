"""Fair comparison of organisations: rates per organisation and the measures the map can colour by.

Rates on fewer than MIN_COMPLAINTS complaints swing wildly with one case, so they are not shown.
"""

from dataclasses import dataclass

from openklachten.publication.site import geo
from openklachten.publication.site.charts.svg import number

COUNT_KEYS = (
    "formeel",
    "informeel",
    "aantal_gegrond",
    "aantal_beoordeeld",
    "aantal_binnen_termijn",
    "aantal_afgehandeld_formeel",
)
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
    gegrond: float | None  # percentage 0..100 of judged formal complaints, or None
    binnen_termijn: float | None  # percentage 0..100 of handled formal complaints (Awb 9:11), or None
    formeel: int = 0
    informeel: int = 0
    aantal_gegrond: int = 0  # the counts behind the percentages, shown next to them
    aantal_beoordeeld: int = 0
    aantal_binnen_termijn: int = 0
    aantal_afgehandeld_formeel: int = 0
    mediaan_behandelduur: float | None = None  # days, formal complaints
    mediaan_behandelduur_informeel: float | None = None

    @property
    def too_few(self) -> bool:
        return self.total < MIN_COMPLAINTS


def _pct(share) -> float | None:
    return None if share is None else 100 * share


def rows(compared: list[dict]) -> list[Row]:
    out = []
    known = geo.populations()
    for item in compared:
        cbs = (item.get("cbs_code") or "").upper()
        found = known.get(cbs) if cbs else None
        inwoners = found[1] if found else None
        total = int(item.get("total") or 0)
        enough = total >= MIN_COMPLAINTS
        out.append(
            Row(
                code=item.get("organisatie", ""),
                naam=item.get("naam") or item.get("organisatie", ""),
                type=item.get("type", ""),
                cbs_code=cbs,
                total=total,
                inwoners=inwoners,
                per_10000=PER_INHABITANTS * total / inwoners if inwoners and enough else None,
                gegrond=_pct(item.get("gegrond")) if enough else None,
                binnen_termijn=_pct(item.get("binnen_termijn")) if enough else None,
                mediaan_behandelduur=item.get("mediaan_behandelduur") if enough else None,
                mediaan_behandelduur_informeel=item.get("mediaan_behandelduur_informeel") if enough else None,
                **{key: int(item.get(key) or 0) for key in COUNT_KEYS},
            )
        )
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


MEASURES = {
    m.key: m
    for m in (
        Measure("per10000", "Klachten per 10.000 inwoners", "per_10000", 1, ""),
        Measure("gegrond", "Percentage (deels) gegrond (formele klachten)", "gegrond", 1, "%"),
        Measure("termijn", "Percentage binnen de termijn (formele klachten, Awb 9:11)", "binnen_termijn", 1, "%"),
        Measure("aantal", "Aantal klachten", "total", 0, ""),
    )
}
DEFAULT_MEASURE = "per10000"
