"""`/catalogus.ttl` and `/catalogus.jsonld`: the DCAT-AP-NL catalogue for harvesters such as data.overheid.nl."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .catalogue import current_catalogue
from .serialise import SERIALISERS


def _respond(kind: str):
    @require_GET
    def view(request):
        serialiser = SERIALISERS[kind]
        response = HttpResponse(serialiser.render(current_catalogue()), content_type=serialiser.content_type)
        response["Access-Control-Allow-Origin"] = "*"  # open metadata: any harvester or browser app may read it
        return response

    view.__name__ = f"catalogus_{kind}"
    return view


catalogus_ttl = _respond("ttl")
catalogus_jsonld = _respond("jsonld")
