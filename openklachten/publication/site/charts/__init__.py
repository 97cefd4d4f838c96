"""Server-side SVG charts: renderers register by kind, charts by name (see catalogue)."""

from openklachten.publication.site.charts.catalogue import CHARTS, RENDERERS, Chart, render

__all__ = ["CHARTS", "RENDERERS", "Chart", "render"]
