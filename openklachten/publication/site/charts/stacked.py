"""Stacked 100% bar with a legend: parts of a whole (formeel/informeel, conclusions)."""

from openklachten.publication.site.charts.svg import PALETTE, TEXT, esc, number, svg_open

WIDTH = 480
BAR_HEIGHT = 40
LEGEND_ROW = 24


def render_stacked(rows, title: str, unit: str = "klachten") -> str:
    """rows: [(label, value)] -> one horizontal bar split by share, legend with counts and percentages."""
    rows = [(label, value or 0) for label, value in rows]
    total = sum(value for _, value in rows)
    height = BAR_HEIGHT + 20 + LEGEND_ROW * max(len(rows), 1)
    desc = (
        "; ".join(
            f"{label}: {number(value)} {unit} ({number(100 * value / total, 1) if total else 0}%)"
            for label, value in rows
        )
        or "Geen gegevens"
    )
    parts = [svg_open(WIDTH, height, title, desc, "chart-stacked")]
    x = 0.0
    for i, (_label, value) in enumerate(rows):
        w = WIDTH * value / total if total else 0
        parts.append(
            f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{BAR_HEIGHT}" fill="{PALETTE[i % len(PALETTE)]}" '
            f'stroke="#fff" stroke-width="1"/>'
        )
        x += w
    for i, (label, value) in enumerate(rows):
        y = BAR_HEIGHT + 14 + i * LEGEND_ROW
        share = number(100 * value / total, 1) if total else "0"
        parts.append(
            f'<rect x="0" y="{y}" width="14" height="14" fill="{PALETTE[i % len(PALETTE)]}"/>'
            f'<text x="22" y="{y + 12}" fill="{TEXT}" font-size="15">{esc(label)}: {number(value)} ({share}%)</text>'
        )
    if not rows:
        parts.append(f'<text x="0" y="{BAR_HEIGHT + 26}" fill="{TEXT}" font-size="15">Geen gegevens</text>')
    parts.append("</svg>")
    return "".join(parts)
