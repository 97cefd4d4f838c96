"""Server-side SVG charts: renderers register by kind, charts by name (see registry)."""

from openklachten.publication.site.charts.registry import CHARTS, RENDERERS, Chart, render

__all__ = ["CHARTS", "RENDERERS", "Chart", "render"]
