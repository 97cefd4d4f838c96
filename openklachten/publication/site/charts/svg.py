"""Small helpers shared by the SVG renderers: escaping, number formatting, the palette."""

from html import escape

# Rijkshuisstijl-inspired blues and accents; every colour has >= 3:1 contrast against white
# (WCAG 1.4.11 non-text contrast), so bars stay visible without relying on hue alone.
PALETTE = ("#154273", "#007bc7", "#8fcae7", "#39870c", "#e17000", "#a90061", "#5a5a5a", "#673327")
# The sequential scale for the map: light to dark, the lightest still visibly different from the sea.
SEQUENTIAL = ("#c9e4f5", "#8fcae7", "#3d9ad1", "#01689b", "#0a2c52")
TEXT = "#1b1b1b"
GRID = "#b4b4b4"


def esc(value) -> str:
    return escape(str(value), quote=True)


def number(value, decimals: int = 0) -> str:
    """Dutch number formatting: 12.345 and 12,3."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def svg_open(width: int, height: int, title: str, desc: str, css_class: str) -> str:
    """The opening tag with an accessible name (role=img + title/desc)."""
    ident = css_class + "-" + str(abs(hash((title, desc))) % 10**8)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {esc(css_class)}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{ident}-t">{esc(title)}</title><desc id="{ident}-d">{esc(desc)}</desc>'
    )
