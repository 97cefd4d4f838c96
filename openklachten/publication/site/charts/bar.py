"""Horizontal bar chart: long Dutch labels stay readable on a phone."""

from openklachten.publication.site.charts.svg import GRID, PALETTE, TEXT, esc, number, svg_open

WIDTH = 480
ROW = 30  # px per bar: fits a 14px label with breathing room
LABEL_WIDTH = 220  # px reserved for labels; longer labels are shortened with an ellipsis
MAX_LABEL_CHARS = 27


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def render_bar(rows, title: str, unit: str = "klachten") -> str:
    """rows: [(label, value)] -> SVG markup."""
    rows = list(rows)
    height = max(ROW * len(rows) + 20, 50)
    top = max((value for _, value in rows), default=0) or 1
    span = WIDTH - LABEL_WIDTH - 50
    desc = "; ".join(f"{label}: {number(value)} {unit}" for label, value in rows) or "Geen gegevens"
    parts = [svg_open(WIDTH, height, title, desc, "chart-bar")]
    parts.append(f'<line x1="{LABEL_WIDTH}" y1="5" x2="{LABEL_WIDTH}" y2="{height - 10}" stroke="{GRID}"/>')
    for i, (label, value) in enumerate(rows):
        y = 10 + i * ROW
        w = round(span * (value or 0) / top, 1)
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" fill="{TEXT}" font-size="13">'
            f"{esc(_short(str(label)))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{w}" height="{ROW - 10}" fill="{PALETTE[0]}"/>'
            f'<text x="{LABEL_WIDTH + w + 6}" y="{y + 15}" fill="{TEXT}" font-size="13">{number(value)}</text>'
        )
    if not rows:
        parts.append(f'<text x="10" y="30" fill="{TEXT}" font-size="13">Geen gegevens voor deze selectie</text>')
    parts.append("</svg>")
    return "".join(parts)
