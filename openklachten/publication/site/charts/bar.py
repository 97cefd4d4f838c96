"""Horizontal bar chart: long Dutch labels stay readable on a phone."""

from openklachten.publication.site.charts.svg import PALETTE, TEXT, esc, number, svg_open

# The label sits above its bar, so long Dutch labels ("Dienstverlening en klantcontact") are shown whole.
# The viewBox is about a phone's column wide (a 390 px screen shows it at ~0.9 scale: 15 units -> ~13 px);
# the stylesheet caps the drawn width, so on a wide screen or in an embed the text does not grow oversized.
WIDTH = 360
ROW = 46  # per bar: a 15-unit label line and an 18-unit bar
FONT = 15
MAX_LABEL_CHARS = 44  # ~8 units per character at 15 units: a whole line; longer labels end with an ellipsis
VALUE_SPACE = 60  # room right of the longest bar for its number


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _value(value) -> str:
    """Whole counts as 1.234, rates (per 10,000 inhabitants) with one decimal: 12,3."""
    return number(value, 0 if float(value or 0).is_integer() else 1)


def render_bar(rows, title: str, unit: str = "klachten") -> str:
    """rows: [(label, value)] -> SVG markup."""
    rows = list(rows)
    height = max(ROW * len(rows) + 10, 50)
    top = max((value for _, value in rows), default=0) or 1
    span = WIDTH - VALUE_SPACE
    desc = "; ".join(f"{label}: {number(value)} {unit}" for label, value in rows) or "Geen gegevens"
    parts = [svg_open(WIDTH, height, title, desc, "chart-bar")]
    for i, (label, value) in enumerate(rows):
        y = 5 + i * ROW
        w = round(span * (value or 0) / top, 1)
        parts.append(
            f'<text x="0" y="{y + FONT}" fill="{TEXT}" font-size="{FONT}">{esc(_short(str(label)))}</text>'
            f'<rect x="0" y="{y + FONT + 5}" width="{w}" height="18" fill="{PALETTE[0]}"/>'
            f'<text x="{w + 6}" y="{y + FONT + 19}" fill="{TEXT}" font-size="{FONT}">{_value(value)}</text>'
        )
    if not rows:
        parts.append(f'<text x="10" y="30" fill="{TEXT}" font-size="{FONT}">Geen gegevens voor deze selectie</text>')
    parts.append("</svg>")
    return "".join(parts)
