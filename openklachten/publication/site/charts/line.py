"""Line chart for the monthly trend."""

from openklachten.publication.site.charts.svg import GRID, PALETTE, TEXT, esc, number, svg_open

WIDTH, HEIGHT = 480, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
TICKS = 4  # horizontal grid lines: enough to read values, few enough to stay calm


def _nice_top(value: float) -> float:
    """Round the axis maximum up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def render_line(rows, title: str, unit: str = "klachten") -> str:
    """rows: [(period label, value)] in time order -> SVG markup."""
    rows = list(rows)
    desc = "; ".join(f"{label}: {number(value)} {unit}" for label, value in rows) or "Geen gegevens"
    parts = [svg_open(WIDTH, HEIGHT, title, desc, "chart-line")]
    top = _nice_top(max((v or 0 for _, v in rows), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    for t in range(TICKS + 1):
        y = TOP + plot_h - plot_h * t / TICKS
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.6"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}" font-size="15">'
            f"{number(top * t / TICKS, 0 if (top * t / TICKS).is_integer() else 1)}</text>"
        )
    if not rows:
        parts.append(f'<text x="{LEFT + 10}" y="{TOP + 30}" fill="{TEXT}" font-size="15">Geen gegevens</text>')
        return "".join(parts) + "</svg>"
    step = plot_w / max(len(rows) - 1, 1)
    points = [
        (LEFT + i * step if len(rows) > 1 else LEFT + plot_w / 2, TOP + plot_h - plot_h * (v or 0) / top)
        for i, (_, v) in enumerate(rows)
    ]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(points))
    parts.append(f'<path d="{path}" fill="none" stroke="{PALETTE[1]}" stroke-width="2.5"/>')
    for x, y in points:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[0]}"/>')
    # Label at most ~5 periods on the x axis so the labels never overlap; the last period is always
    # labelled, and takes the place of a regular label that would sit too close to it.
    every = max(1, -(-len(rows) // 5))
    labelled = set(range(0, len(rows), every))
    last = len(rows) - 1
    if last not in labelled:
        if last - max(labelled) < every:
            labelled.discard(max(labelled))
        labelled.add(last)
    for i, (label, _) in enumerate(rows):
        if i in labelled:
            x = points[i][0]
            # Edge labels align inwards so they are never cut off by the viewBox.
            anchor = "start" if i == 0 and len(rows) > 1 else "end" if i == last and len(rows) > 1 else "middle"
            parts.append(
                f'<text x="{x:.1f}" y="{HEIGHT - 14}" text-anchor="{anchor}" fill="{TEXT}" font-size="15">'
                f"{esc(label)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
