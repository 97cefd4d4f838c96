"""Line chart with several series (an organisation, its peer median, landelijk); a missing value is a gap."""

from openklachten.publication.site.charts.line import HEIGHT, LEFT, RIGHT, TICKS, TOP, WIDTH, _nice_top
from openklachten.publication.site.charts.svg import GRID, PALETTE, TEXT, esc, number, svg_open

AXIS = 36  # room for the period labels under the plot
LEGEND_ROW = 22  # one legend row per series: long Dutch names fit on a phone only one per line
# Series differ by dash pattern and marker as well as by colour (WCAG 1.4.1: not by colour alone).
STYLES = (
    (PALETTE[0], "", "circle"),
    (PALETTE[4], "6 4", "square"),
    (PALETTE[6], "2 3", "none"),
)


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>'
    if kind == "square":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
    return ""


def render_lines(rows, title: str, unit: str = "", series: tuple[str, ...] = ()) -> str:
    """rows: [(period label, value per series...)] in time order; `series` names the value columns."""
    rows = list(rows)
    named = bool(series)
    series = series or (unit,)  # one unnamed series: the shape the single-line charts have

    def shown(value) -> str:
        return number(value, 0 if float(value).is_integer() else 1)

    def describe(label, values) -> str:
        if not named:
            return f"{label}: {shown(values[0])} {unit}" if values[0] is not None else f"{label}: –"
        found = [f"{name} {shown(v)}" for name, v in zip(series, values, strict=False) if v is not None]
        return f"{label}: " + (", ".join(found) or "–")

    desc = "; ".join(describe(label, values) for label, *values in rows) or "Geen gegevens"
    if rows and named:
        desc += f" ({unit})"
    plot_h = HEIGHT - TOP - 40
    height = TOP + plot_h + AXIS + (LEGEND_ROW * len(series) if named else 0)
    parts = [svg_open(WIDTH, height, title, desc, "chart-line")]
    values = [v for _, *vs in rows for v in vs if v is not None]
    top = _nice_top(max(values, default=0))
    plot_w = WIDTH - LEFT - RIGHT
    for t in range(TICKS + 1):
        y = TOP + plot_h - plot_h * t / TICKS
        tick = top * t / TICKS
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.6"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}" font-size="15">'
            f"{number(tick, 0 if tick.is_integer() else 1)}</text>"
        )
    if not values:
        parts.append(f'<text x="{LEFT + 10}" y="{TOP + 30}" fill="{TEXT}" font-size="15">Geen gegevens</text>')
        return "".join(parts) + "</svg>"
    step = plot_w / max(len(rows) - 1, 1)
    xs = [LEFT + i * step if len(rows) > 1 else LEFT + plot_w / 2 for i in range(len(rows))]
    for index, name in enumerate(series):
        colour, dash, marker = STYLES[index % len(STYLES)]
        points = [
            (xs[i], None if vs[index] is None else TOP + plot_h - plot_h * vs[index] / top)
            for i, (_, *vs) in enumerate(rows)
        ]
        path, pen_down = [], False
        for x, y in points:
            if y is None:
                pen_down = False
                continue
            path.append(f"{'L' if pen_down else 'M'}{x:.1f},{y:.1f}")
            pen_down = True
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<path d="{" ".join(path)}" fill="none" stroke="{colour}" stroke-width="2.5"{dashed}/>')
        parts.extend(_marker(marker, x, y, colour) for x, y in points if y is not None)
        if not named:
            continue
        # legend: one row per series under the axis, a line sample with the same dash and marker
        lx, ly = LEFT, TOP + plot_h + AXIS + LEGEND_ROW * index + 14
        parts.append(
            f'<line x1="{lx:.1f}" y1="{ly - 5}" x2="{lx + 24:.1f}" y2="{ly - 5}" '
            f'stroke="{colour}" stroke-width="2.5"{dashed}/>'
            + _marker(marker, lx + 12, ly - 5, colour)
            + f'<text x="{lx + 30:.1f}" y="{ly}" fill="{TEXT}" font-size="14">{esc(name)}</text>'
        )
    every = max(1, -(-len(rows) // 5))
    for i, (label, *_) in enumerate(rows):
        if i % every == 0 or i == len(rows) - 1:
            anchor = (
                "start" if i == 0 and len(rows) > 1 else "end" if i == len(rows) - 1 and len(rows) > 1 else "middle"
            )
            if i != len(rows) - 1 and len(rows) - 1 - i < every and i != 0:
                continue  # too close to the last label, which is always shown
            parts.append(
                f'<text x="{xs[i]:.1f}" y="{TOP + plot_h + 22}" text-anchor="{anchor}" fill="{TEXT}" font-size="15">'
                f"{esc(label)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
