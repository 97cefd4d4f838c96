"""Static-ish pages: the data standard and its artefacts (/standaard) and about (/over)."""

import importlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render

# The generated artefacts of the standard live in docs/standaard/ (built by `openklachten regenerate`).
DOCS_DIR = Path(settings.PACKAGE_DIR).parent / "docs" / "standaard"


@dataclass(frozen=True)
class Artefact:
    filename: str
    title: str
    description: str
    builder: str = ""  # "module:function" in openklachten.standard that returns bytes/str, if it exists


ARTEFACTS = (
    Artefact("sjabloon.xlsx", "Invulsjabloon (Excel)", "Leeg sjabloon met code-lijsten als keuzelijsten.",
             "openklachten.standard.export:template_xlsx"),
    Artefact("klacht.schema.json", "JSON Schema", "Machineleesbare beschrijving van één klachtrecord.",
             "openklachten.standard.export:json_schema"),
    Artefact("standaard.md", "Beschrijving van de standaard", "Alle attributen, verplichtingen en code-lijsten.",
             "openklachten.standard.export:markdown"),
)


def _build(artefact: Artefact):
    """Ask the standard to build the artefact; None when it has no such builder."""
    module_name, _, function = artefact.builder.partition(":")
    try:
        builder = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError):
        return None
    return builder()


def _available(artefact: Artefact) -> bool:
    return (DOCS_DIR / artefact.filename).is_file() or _build_exists(artefact)


def _build_exists(artefact: Artefact) -> bool:
    module_name, _, function = artefact.builder.partition(":")
    try:
        return hasattr(importlib.import_module(module_name), function)
    except ImportError:
        return False


def standaard(request):
    from openklachten.standard import load

    standard = load()
    attributes = [
        {"name": getattr(a, "machine_name", getattr(a, "name", "")), "label": getattr(a, "label", ""),
         "required": getattr(a, "required", None)}
        for a in getattr(standard, "attributes", [])
    ]
    return render(request, "site/standaard.html", {
        "artefacts": [(a, _available(a)) for a in ARTEFACTS],
        "attributes": attributes,
        "other_docs": sorted(p.name for p in DOCS_DIR.glob("*") if p.is_file()) if DOCS_DIR.is_dir() else [],
    })


def artefact(request, filename: str):
    found = next((a for a in ARTEFACTS if a.filename == filename), None)
    path = DOCS_DIR / filename
    if found is None and (path.parent != DOCS_DIR or not path.is_file()):
        raise Http404("Dit bestand hoort niet bij de datastandaard.")
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if found is not None:
        built = _build(found)
        if built is not None:
            response = HttpResponse(built, content_type=content_type)
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
    if path.is_file():
        return FileResponse(path.open("rb"), as_attachment=True, filename=filename, content_type=content_type)
    raise Http404("Dit bestand is nog niet gegenereerd.")


def over(request):
    return render(request, "site/over.html")
