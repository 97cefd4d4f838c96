"""`/catalogus.ttl` and `/catalogus.jsonld`: the DCAT-AP-NL catalogue for harvesters such as data.overheid.nl."""

from django.http import HttpResponse
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from .catalogue import render
from .serialise import SERIALISERS


def _respond(kind: str):
    @require_safe  # GET and HEAD: harvesters check freshness with HEAD
    def view(request):
        body, datasets = render(kind)
        response = HttpResponse(body, content_type=SERIALISERS[kind].content_type)
        response["Access-Control-Allow-Origin"] = "*"  # open metadata: any harvester or browser app may read it
        if datasets:
            response["Last-Modified"] = http_date(max(d.last_delivery for d in datasets).timestamp())
        return response

    view.__name__ = f"catalogus_{kind}"
    return view


catalogus_ttl = _respond("ttl")
catalogus_jsonld = _respond("jsonld")
