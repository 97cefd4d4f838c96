"""OpenAPI building blocks: parameters with their allowed values from the code lists, and error responses."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from openklachten.publication.api import parameters
from openklachten.publication.query import defaults
from openklachten.publication.query.aggregates import DIMENSIONS
from openklachten.publication.query.params import SORTS
from openklachten.publication.query.vocabulary import known_codes

TITLES = {
    "organisatie_type": "Soort organisatie",
    "organisatie": "Organisatiecode (bv. gm0363)",
    "thema": "Thema",
    "iv3_taakveld": "Iv3-taakveld",
    "ontvangwijze": "Kanaal waarlangs de klacht binnenkwam",
    "formeel_informeel": "Formeel of informeel",
    "eerstelijns_tweedelijns": "Eerstelijns of tweedelijns",
    "status": "Status",
    "conclusie": "Conclusie",
    "afdoeningswijze": "Afdoeningswijze",
    "oorzaak": "Oorzaak",
    "woonplaats_klager": "Woonplaats klager (CBS-code, bv. GM0363)",
    "leeftijdsgroep": "Leeftijdsgroep",
    "type_klager": "Type klager",
}


def _param(name, description, enum=None, many=True, kind=OpenApiTypes.STR):
    return OpenApiParameter(
        name,
        kind,
        OpenApiParameter.QUERY,
        description=description,
        enum=enum or None,
        many=many,
        explode=True if many else None,
    )


def filter_parameters() -> list:
    out = []
    for camel, name in parameters.FILTER_PARAMS.items():
        codes = sorted(known_codes(name)) if name not in ("organisatie", "woonplaats_klager") else None
        out.append(_param(camel, f"{TITLES[name]}; herhaal voor meerdere waarden.", codes))
        out.append(_param(camel + parameters.EXCLUDE_SUFFIX, f"{TITLES[name]}: sluit deze waarde(n) uit.", codes))
    out.append(_param("van", "Ontvangen vanaf (JJJJ-MM-DD of JJJJ-MM).", many=False))
    out.append(_param("tot", "Ontvangen tot en met (JJJJ-MM-DD of JJJJ-MM).", many=False))
    return out


def search_parameters() -> list:
    return [
        _param(
            "q", f"Zoekterm in de geanonimiseerde vrije tekst (max. {defaults.MAX_QUERY_LENGTH} tekens).", many=False
        ),
        _param("sorteer", "Sortering; standaard relevantie bij een zoekterm, anders datum.", list(SORTS), many=False),
        *paging_parameters(),
    ]


def paging_parameters() -> list:
    return [
        OpenApiParameter(
            "pagina",
            OpenApiTypes.INT,
            OpenApiParameter.QUERY,
            description=f"Paginanummer, 1 tot en met {defaults.MAX_PAGE}.",
        ),
        OpenApiParameter(
            "paginaGrootte",
            OpenApiTypes.INT,
            OpenApiParameter.QUERY,
            description=f"Resultaten per pagina, 1 tot en met {defaults.MAX_PAGE_SIZE} "
            f"(standaard {defaults.DEFAULT_PAGE_SIZE}).",
        ),
    ]


def statistics_parameters() -> list:
    return [
        _param(
            "dimensie",
            "Dimensie waarnaar wordt uitgesplitst (standaard maand).",
            [parameters.camel(d) for d in DIMENSIONS],
            many=False,
        ),
    ]


def _problem(description):
    return OpenApiResponse(response={"$ref": "#/components/schemas/Problem"}, description=description)


ERRORS = {
    400: OpenApiResponse(description="Ongeldige parameter (problem+json)."),
    429: OpenApiResponse(description="Te veel verzoeken; zie Retry-After (problem+json)."),
}
ERRORS_404 = {
    400: OpenApiResponse(description="Ongeldige aanvraag (problem+json)."),
    404: OpenApiResponse(description="Niet gevonden (problem+json)."),
    429: OpenApiResponse(description="Te veel verzoeken; zie Retry-After (problem+json)."),
}
