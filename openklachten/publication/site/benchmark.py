"""The comparison with similar organisations and the national figure, shaped for the organisation page and /vergelijken.

The figures come from the query layer (query.peers); this module only picks and formats them in Dutch.
"""

from dataclasses import dataclass

from openklachten.intake.dates import MONTH_NAMES
from openklachten.publication.query.defaults import MIN_PEERS  # noqa: F401 (the page names it)
from openklachten.publication.site.charts.svg import number


@dataclass(frozen=True)
class Line:
    title: str
    key: str  # key in the organisation's compare row, the peer group and landelijk
    scale: float  # shares are 0..1 in the query layer, percentages on the page
    decimals: int
    suffix: str


LINES = (
    Line("Klachten per 10.000 inwoners", "per_10000", 1, 1, ""),
    Line("(Deels) gegrond (formele klachten, van beoordeeld)", "gegrond", 100, 1, "%"),
    Line("Binnen de termijn (formele klachten, Awb 9:11)", "binnen_termijn", 100, 1, "%"),
    Line("Mediane behandelduur (formele klachten)", "mediaan_behandelduur", 1, 0, " dagen"),
)


def fmt(line: Line, value) -> str:
    return "–" if value is None else number(value * line.scale, line.decimals) + line.suffix


def month_label(month: str | None) -> str:
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}" if month else ""


def period_label(period) -> str:
    return f"{month_label(period[0])} t/m {month_label(period[1])}" if period else "geen klachten in deze selectie"


def organisation_table(bench: dict, row: dict | None, is_gemeente: bool) -> dict:
    """Rows (title, own, peer median, landelijk) for one organisation; per 10,000 only for gemeenten."""
    group = bench["groups"].get(bench["leden"].get(row["organisatie"])) if row else None
    lines = [line for line in LINES if is_gemeente or line.key != "per_10000"]
    own_few = row is None or row["te_weinig_klachten"]
    return {
        "rows": [
            {
                "title": line.title,
                "own": "te weinig klachten" if own_few else fmt(line, row.get(line.key)),
                "peer": fmt(line, group.get(line.key)) if group else "–",
                "landelijk": fmt(line, bench["landelijk"].get(line.key)),
            }
            for line in lines
        ],
        "group": group,
        "landelijk": bench["landelijk"],
        "period": period_label(bench["periode"]),
    }


def reference_rows(bench: dict, codes) -> list[dict]:
    """Footer rows for the comparison table: the peer medians of the shown organisations' groups, then landelijk."""
    seen = []
    for code in codes:
        key = bench["leden"].get(code)
        if key and key not in seen:
            seen.append(key)
    out = []
    for key in seen:
        group = bench["groups"][key]
        out.append(
            {
                "title": f"Mediaan {group['label']}",
                "detail": f"{number(group['met_genoeg_klachten'])} van {number(group['organisaties'])} organisaties "
                "met genoeg klachten",
                **{line.key: fmt(line, group.get(line.key)) for line in LINES},
            }
        )
    landelijk = bench["landelijk"]
    out.append(
        {
            "title": "Landelijk (alle organisaties samen)",
            "detail": f"{number(landelijk['total'])} klachten van {number(landelijk['organisaties'])} organisaties",
            **{line.key: fmt(line, landelijk.get(line.key)) for line in LINES},
        }
    )
    return out
