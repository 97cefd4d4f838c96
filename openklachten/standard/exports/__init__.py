"""Artefacts generated from the standard, registered by format name (`openklachten standard export`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Exporter:
    """One generated artefact: how to build it and what it is called when committed."""

    name: str
    build: Callable[[], str | bytes]
    filename: str
    description: str

    @property
    def binary(self) -> bool:
        return not self.filename.endswith((".json", ".md", ".csv"))


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, filename: str, description: str):
    """Decorator: register a build() function as the exporter for `name`."""

    def decorate(build):
        EXPORTERS[name] = Exporter(name, build, filename, description)
        return build

    return decorate


def exporters() -> dict[str, Exporter]:
    # Importing the builders registers them; kept here so callers never depend on import order.
    from . import jsonschema, markdown, tableschema, xlsx_template  # noqa: F401

    return EXPORTERS


def build(name: str) -> str | bytes:
    return exporters()[name].build()
