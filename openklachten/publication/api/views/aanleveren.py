"""POST /aanleveringen, GET and DELETE /aanleveringen/{id}: the delivery API for systems.

Authentication, what may be delivered and what a token may see are decided in registry.delivery_api;
this module is the HTTP side: status codes, headers, problem+json and the OpenAPI description.
"""

from django.http import JsonResponse
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers as s

from openklachten.publication.api import problems
from openklachten.publication.api.base import ApiView
from openklachten.publication.api.views import catalogus
from openklachten.registry import delivery_api
from openklachten.registry.models import SubmissionStatus

SECURITY = [{"bearerAuth": []}]
IDEMPOTENCY = OpenApiParameter(
    "Idempotency-Key",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="Eigen unieke sleutel per aanlevering (bv. een UUID). Hetzelfde verzoek met dezelfde sleutel "
    "nogmaals sturen verandert niets en geeft dezelfde aanlevering terug.",
)


class Melding(s.Serializer):
    rij = s.CharField(allow_null=True, help_text="Rij zoals de aanleveraar die ziet (1 = kopregel), of kolom.")
    kolom = s.CharField(help_text="Kolom (label uit de standaard).")
    waarde = s.CharField(help_text="De waarde in de cel (ingekort).")
    code = s.CharField(help_text="Stabiele foutcode, bv. verplicht, onbekende_waarde, gelezen_als.")
    melding = s.CharField(help_text="Uitleg in het Nederlands.")


class Rapport(s.Serializer):
    aantal_rijen = s.IntegerField(required=False)
    nieuw = s.IntegerField(required=False, help_text="Nieuwe klachten.")
    bijgewerkt = s.IntegerField(required=False, help_text="Eerder aangeleverde klachten (zelfde Klacht-ID).")
    ter_controle = s.IntegerField(required=False, help_text="Klachten waarvan de tekst op controle wacht.")
    achtergehouden = s.IntegerField(required=False, help_text="Klachten waarvan de vrije tekst niet openbaar wordt.")
    overgeslagen_ingetrokken = s.IntegerField(required=False)
    bericht = s.CharField(required=False, help_text="Waarom de aanlevering is geweigerd, als dat niet per cel is.")
    fouten = Melding(many=True, help_text="Fouten per cel, zoals de validator ze meldt.")
    waarschuwingen = Melding(many=True)
    meldingen = Melding(many=True, help_text="Waarden die via een synoniem zijn gelezen ('gelezen als').")


class AanleveringStatus(s.Serializer):
    id = s.UUIDField()
    url = s.URLField(help_text="Deze statusbron.")
    organisatie = s.CharField(help_text="Code van de organisatie van het token.")
    status = s.ChoiceField(choices=SubmissionStatus.values)
    bestandsnaam = s.CharField()
    ontvangen_op = s.DateTimeField()
    verwerkt_op = s.DateTimeField(allow_null=True)
    aanlevering = s.IntegerField(allow_null=True, help_text="Id van de gepubliceerde aanlevering na verwerking.")
    rapport = Rapport(required=False, help_text="Het importrapport, zodra de verwerking klaar is.")


class AanleverBestand(s.Serializer):
    bestand = s.FileField(help_text="CSV, XLSX, JSON of JSON Lines volgens de Open Klachten Datastandaard.")
    organisatie = s.CharField(required=False, help_text="Optioneel; moet de organisatie van het token zijn.")
    metadata = s.CharField(required=False, help_text="Optioneel JSON-object met datasetmetadata (tabblad Metadata).")


class AanleverJson(s.Serializer):
    organisatie = s.CharField(required=False, help_text="Optioneel; moet de organisatie van het token zijn.")
    metadata = s.DictField(required=False, help_text="Datasetmetadata (tabblad Metadata), bv. periode, contact.")
    klachten = s.ListField(child=s.DictField(), help_text="Klachten met de machinenamen van de standaard.")


def _problem(request, refused: delivery_api.Refused):
    return problems.problem(refused.status, refused.detail, request.path, refused.headers)


def _status_url(request, submission) -> str:
    return request.build_absolute_uri(f"/api/v1/aanleveringen/{submission.pk}")


def _answer(request, submission, status: int):
    """The status document; a rejected delivery as problem+json with the report (the validator's errors)."""
    body = delivery_api.document(submission, _status_url(request, submission))
    if submission.status in (SubmissionStatus.REJECTED, SubmissionStatus.FAILED):
        report = body.get("rapport") or {}
        errors = report.get("fouten") or []
        detail = (
            report.get("bericht") or f"De aanlevering is afgekeurd: {len(errors)} fout(en); er is niets opgeslagen."
        )
        response = problems.problem(422, detail, request.path)
        document = {**_problem_body(response), "aanlevering": body}
        return JsonResponse(
            document, status=422, content_type=problems.PROBLEM_TYPE, json_dumps_params={"ensure_ascii": False}
        )
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _problem_body(response) -> dict:
    import json

    return json.loads(response.content)


class AanleveringenView(catalogus.AanleveringenView):
    """GET: the public list of deliveries; POST: a system delivers (bearer token)."""

    http_method_names = ["get", "post", "head", "options"]

    @extend_schema(
        operation_id="aanleveringAanmaken",
        summary="Klachten aanleveren",
        description="Lever klachten aan voor de organisatie van het token: een bestand (multipart-veld `bestand`) "
        "of JSON met `klachten` in de machinenamen van de standaard. Het antwoord komt meteen (202); de "
        "verwerking (controle, anonimisering, publicatie) gebeurt op de achtergrond. Volg `Location` "
        "voor de status en het importrapport. Een klacht die een andere organisatie noemt dan die van "
        "het token wordt geweigerd (403).",
        request={"multipart/form-data": AanleverBestand, "application/json": AanleverJson},
        parameters=[IDEMPOTENCY],
        auth=SECURITY,
        tags=["aanleveringen"],
        examples=[
            OpenApiExample(
                "JSON",
                request_only=True,
                media_type="application/json",
                value={
                    "metadata": {"periode": "2024-01-01/2024-03-31"},
                    "klachten": [
                        {
                            "klacht_id": "Z-2024-001",
                            "ontvangstdatum": "2024-03-01",
                            "ontvangwijze": "e-mail",
                            "status": "afgehandeld",
                            "formeel_informeel": "formeel",
                        }
                    ],
                },
            )
        ],
        responses={
            202: OpenApiResponse(
                AanleveringStatus, description="Ontvangen; de verwerking loopt. Kop `Location`: de statusbron."
            ),
            400: OpenApiResponse(description="Onleesbaar verzoek (problem+json)."),
            401: OpenApiResponse(description="Geen of een ongeldig token (problem+json)."),
            403: OpenApiResponse(description="Een andere organisatie dan die van het token (problem+json)."),
            413: OpenApiResponse(description="Te groot (problem+json)."),
            415: OpenApiResponse(description="Geen multipart/form-data of application/json (problem+json)."),
            422: OpenApiResponse(description="Idempotency-Key eerder gebruikt voor een andere aanlevering."),
            429: OpenApiResponse(description="Te veel verzoeken; zie Retry-After (problem+json)."),
        },
    )
    def post(self, request):
        try:
            token = delivery_api.authenticate(request.headers.get("Authorization", ""))
            content_type = request.content_type or ""
            if content_type.startswith("multipart/form-data"):
                kwargs = {"files": request.FILES, "form": request.POST}
            else:
                kwargs = {"body": request.body}
            submission, created = delivery_api.submit(
                token, content_type=content_type, idempotency_key=request.headers.get("Idempotency-Key", ""), **kwargs
            )
        except delivery_api.Refused as refused:
            return _problem(request, refused)
        response = JsonResponse(
            delivery_api.document(submission, _status_url(request, submission)),
            status=202,
            json_dumps_params={"ensure_ascii": False},
        )
        response["Location"] = _status_url(request, submission)
        if not created:
            response["Idempotent-Replayed"] = "true"
        return response


class AanleveringView(ApiView):
    """The status resource of one delivery by a system; only the organisation of the token sees it."""

    http_method_names = ["get", "delete", "head", "options"]
    responses = {
        400: OpenApiResponse(description="Ongeldige aanvraag (problem+json)."),
        401: OpenApiResponse(description="Geen of een ongeldig token (problem+json)."),
        404: OpenApiResponse(description="Onbekend, of van een andere organisatie (problem+json)."),
        429: OpenApiResponse(description="Te veel verzoeken; zie Retry-After (problem+json)."),
    }

    @extend_schema(
        operation_id="aanleveringStatus",
        summary="Status en importrapport van een aanlevering",
        description="Status (`wachtrij`, `bezig`, `verwerkt`, `afgekeurd`, `mislukt`, `ingetrokken`) en, zodra de "
        "verwerking klaar is, het importrapport. Een afgekeurde aanlevering komt als problem+json (422) "
        "met de fouten per cel in `aanlevering.rapport.fouten`; er is dan niets opgeslagen.",
        auth=SECURITY,
        tags=["aanleveringen"],
        responses={
            200: AanleveringStatus,
            **responses,
            422: OpenApiResponse(description="Afgekeurd; het rapport staat in de problem+json."),
        },
    )
    def get(self, request, id):
        try:
            token = delivery_api.authenticate(request.headers.get("Authorization", ""))
            submission = delivery_api.find(token, id)
        except delivery_api.Refused as refused:
            return _problem(request, refused)
        return _answer(request, submission, 200)

    @extend_schema(
        operation_id="aanleveringIntrekken",
        summary="Een aanlevering intrekken",
        description="Trekt de klachten van een verwerkte aanlevering in: ze zijn daarna niet meer openbaar. "
        "Nogmaals intrekken verandert niets.",
        auth=SECURITY,
        tags=["aanleveringen"],
        responses={
            200: AanleveringStatus,
            **responses,
            409: OpenApiResponse(description="De aanlevering is (nog) niet verwerkt (problem+json)."),
            503: OpenApiResponse(
                description="De database weigerde het intrekken (bv. schijf vol); er is niets gewijzigd. "
                "Zie Retry-After (problem+json)."
            ),
        },
    )
    def delete(self, request, id):
        try:
            token = delivery_api.authenticate(request.headers.get("Authorization", ""))
            submission = delivery_api.withdraw(token, id)
        except delivery_api.Refused as refused:
            return _problem(request, refused)
        return _answer(request, submission, 200)
