"""Static-ish pages: the data standard and its artefacts (/standaard) and about (/over)."""

import functools
import mimetypes

from django.http import Http404, HttpResponse
from django.shortcuts import render

from openklachten.publication import geodata
from openklachten.standard import exports, load


def _exporters_by_filename() -> dict:
    return {e.filename: e for e in exports.exporters().values()}


@functools.lru_cache(maxsize=8)
def _built(filename: str) -> bytes:
    """Build an artefact once per process: the standard only changes with a new release of the code."""
    content = _exporters_by_filename()[filename].build()
    return content.encode("utf-8") if isinstance(content, str) else content


def standaard(request):
    standard = load()
    attributes = [
        {
            "name": a.machine_name,
            "label": a.label,
            "formeel": a.requirement_for("formeel"),
            "informeel": a.requirement_for("informeel"),
        }
        for a in standard.attributes
        if not getattr(a, "deprecated", False)
    ]
    return render(
        request,
        "site/standaard.html",
        {
            "artefacts": sorted(_exporters_by_filename().values(), key=lambda e: e.filename),
            "attributes": attributes,
        },
    )


def artefact(request, filename: str):
    if filename not in _exporters_by_filename():
        raise Http404("Dit bestand hoort niet bij de datastandaard.")
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if filename.endswith(".md"):
        content_type = "text/markdown"
    if content_type.startswith("text/") or filename.endswith(".json"):
        content_type += "; charset=utf-8"
    response = HttpResponse(_built(filename), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def over(request):
    # Name a source only when its data is in use: a deployment without the CBS files does not claim them.
    return render(
        request,
        "site/over.html",
        {
            "boundaries_in_use": geodata.boundaries_file() is not None,
            "population_in_use": geodata.population_file() is not None,
        },
    )


# The API calls the open data page shows as examples: (what it answers, path).
API_EXAMPLES = [
    (
        "Gegronde klachten van Gemeente Amsterdam, nieuwste eerst",
        "/api/v1/klachten?organisatie=gm0363&conclusie=gegrond&sorteer=datum",
    ),
    ("Zoeken in de teksten", "/api/v1/klachten?q=parkeervergunning"),
    ("Aantallen en percentages per thema", "/api/v1/statistieken?dimensie=thema"),
    ("Een tijdreeks per maand voor alle gemeenten", "/api/v1/statistieken?organisatieType=gemeente"),
    ("Alle organisaties met hun kerncijfers", "/api/v1/organisaties"),
    ("Waardelijsten van de datastandaard", "/api/v1/waardelijsten"),
]


def open_data(request):
    """Every way to get the data, for people: bulk files with format and size, the API, the catalogue, the licence."""
    from openklachten.publication.exports import sizes
    from openklachten.publication.exports.formats import FORMATS
    from openklachten.publication.query import meta

    estimated = sizes.estimated_sizes()
    files = [
        {
            "url": f"/downloads/klachten{'-excel.csv' if name == 'csv-excel' else '.' + fmt.extension}",
            "name": name,
            "description": fmt.description,
            "size": sizes.human(estimated.get(name, 0)),
        }
        for name, fmt in FORMATS.items()
    ]
    info = meta.meta()
    return render(
        request,
        "site/open_data.html",
        {
            "files": files,
            "api_examples": API_EXAMPLES,
            "licence": meta.LICENCE,
            "licence_name": meta.LICENCE_NAME,
            "total": info["aantal_klachten"],
            "updated": info["laatst_bijgewerkt"],
        },
    )
