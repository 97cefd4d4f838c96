"""The choropleth: gemeenten from the CBS boundaries coloured by a measure, as inline SVG."""

from openklachten.publication.site import geo
from openklachten.publication.site.charts.svg import SEQUENTIAL, esc, svg_open

NO_DATA = "#e3e3e3"  # light grey: clearly "not coloured", a different hue from the lowest blue class


def classes(values: list[float], count: int = len(SEQUENTIAL)) -> list[float]:
    """Upper bounds of quantile classes (fewer when there are few distinct values)."""
    ordered = sorted(set(values))
    if not ordered:
        return []
    if len(ordered) <= count:
        return ordered
    return [ordered[min(len(ordered) - 1, round((i + 1) * len(ordered) / count) - 1)] for i in range(count)]


def colour(value, bounds: list[float]) -> str:
    if value is None or not bounds:
        return NO_DATA
    offset = len(SEQUENTIAL) - len(bounds)  # few classes: use the darker end so they stay distinct from white
    for i, bound in enumerate(bounds):
        if value <= bound:
            return SEQUENTIAL[offset + i]
    return SEQUENTIAL[-1]


def legend(bounds: list[float], measure) -> list[dict]:
    items, low = [], None
    offset = len(SEQUENTIAL) - len(bounds)
    for i, bound in enumerate(bounds):
        text = f"{measure.format(low)} – {measure.format(bound)}" if low is not None else f"t/m {measure.format(bound)}"
        items.append({"colour": SEQUENTIAL[offset + i], "text": text})
        low = bound
    items.append({"colour": NO_DATA, "text": "Geen gegevens of te weinig klachten"})
    return items


def render(geography: geo.Geography, values: dict[str, float | None], measure, bounds) -> str:
    """values: CBS code -> value. Each gemeente carries its name and value as a tooltip title."""
    coloured = sum(1 for v in values.values() if v is not None)
    parts = [
        svg_open(
            geography.width,
            geography.height,
            f"Kaart: {measure.title} per gemeente",
            f"{coloured} van de {len(geography.shapes)} gemeenten hebben een waarde; "
            "de tabel onder de kaart geeft alle cijfers.",
            "map",
        )
    ]
    for shape in geography.shapes:
        value = values.get(shape.code)
        fill = colour(value, bounds)
        parts.append(
            f'<path d="{shape.path}" fill="{fill}">'
            f"<title>{esc(shape.name)}: {esc(measure.format(value))}</title></path>"
        )
    parts.append("</svg>")
    return "".join(parts)
