"""The delivery API for systems (`/api/v1/aanleveringen`), without the HTTP framework: who is asking
(a bearer token of one organisation), what they hand in (a file or JSON records), and what they may see.

The publication API mounts the views and documents them (publication.api.views.aanleveren); everything
that decides lives here, on the registry's side of the data flow.
"""

import io
import json

from openklachten import standard
from openklachten.registry import audit, components, submissions, withdrawal
from openklachten.registry.models import ApiToken, Organisation, OrganisationType, Submission, SubmissionStatus
from openklachten.registry.records import OrganisationIndex

MAX_JSON_BYTES = 200 * 1024 * 1024  # the same order as a large file upload


class Refused(Exception):
    """A request the API answers with an error status and a Dutch explanation."""

    def __init__(self, status: int, detail: str, headers: dict | None = None):
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers or {}


def authenticate(authorization: str) -> ApiToken:
    """The token of an `Authorization: Bearer <token>` header, or Refused(401)."""
    challenge = {"WWW-Authenticate": 'Bearer realm="aanleveren"'}
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Refused(
            401, "Deze bewerking vraagt een API-token: stuur de kop 'Authorization: Bearer <token>'.", challenge
        )
    token = ApiToken.find(value.strip())
    if token is None:
        raise Refused(
            401,
            "Dit API-token is onbekend of ingetrokken.",
            {"WWW-Authenticate": 'Bearer realm="aanleveren", error="invalid_token"'},
        )
    return token


def submit(
    token: ApiToken, *, content_type: str, body: bytes = b"", files=None, form=None, idempotency_key: str = ""
) -> tuple[Submission, bool]:
    """Hand in a file (multipart field `bestand`) or JSON records for the token's organisation."""
    organisation = token.organisation
    if content_type.startswith("multipart/form-data"):
        upload = (files or {}).get("bestand")
        if upload is None:
            raise Refused(400, "Stuur het bestand in het multipart-veld 'bestand', of JSON met 'klachten'.")
        _same_organisation(organisation, (form or {}).get("organisatie"))
        metadata = _metadata((form or {}).get("metadata") or "{}")
        data = upload.read()
        upload.seek(0)
        filename = upload.name or "bestand"
        _records_of_this_organisation(organisation, _named_organisations_in_file(data, filename))
        source = upload
    elif content_type.startswith("application/json"):
        document = _json(body)
        records = document.get("klachten")
        if not isinstance(records, list) or not records:
            raise Refused(
                400,
                "JSON-aanlevering: zet de klachten als lijst onder 'klachten' (machinenamen van "
                "de standaard, bv. klacht_id, ontvangstdatum, ontvangwijze).",
            )
        _same_organisation(organisation, document.get("organisatie"))
        metadata = _metadata(document.get("metadata") or {})
        _records_of_this_organisation(organisation, _named_organisations_in_records(records))
        source, filename = json.dumps(records, ensure_ascii=False).encode("utf-8"), "klachten.json"
    else:
        raise Refused(415, "Stuur multipart/form-data met het veld 'bestand', of application/json.")
    try:
        return submissions.submit(
            organisation,
            source,
            filename=filename,
            channel="api",
            token=token,
            metadata=metadata,
            idempotency_key=idempotency_key,
        )
    except submissions.IdempotencyConflict as exc:
        raise Refused(422, str(exc)) from exc


def find(token: ApiToken, submission_id) -> Submission:
    """A submission of the token's organisation; another organisation's is 'not found' (its existence is
    not confirmed)."""
    submission = (
        Submission.objects.select_related("delivery").filter(pk=submission_id, organisation=token.organisation).first()
    )
    if submission is None:
        raise Refused(404, "Deze aanlevering bestaat niet of hoort niet bij de organisatie van dit token.")
    return submission


def withdraw(token: ApiToken, submission_id) -> Submission:
    """Withdraw the delivery a submission became: its complaints are no longer public."""
    submission = find(token, submission_id)
    if submission.status == SubmissionStatus.WITHDRAWN:
        return submission  # a repeated withdrawal changes nothing
    if submission.status != SubmissionStatus.DONE or submission.delivery is None:
        raise Refused(
            409,
            f"Alleen een verwerkte aanlevering kan worden ingetrokken; deze is '{submission.get_status_display()}'.",
        )
    try:
        with audit.acting_as(token=token, channel="api"):
            withdrawal.withdraw_delivery(submission.delivery)
    except withdrawal.WithdrawalFailed as exc:  # e.g. disk full: rolled back; a Dutch problem instead of a 500
        raise Refused(503, str(exc), {"Retry-After": "300"}) from None
    Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.WITHDRAWN)
    submission.status = SubmissionStatus.WITHDRAWN
    return submission


def document(submission: Submission, url: str) -> dict:
    """The status resource: the state, and when finished the import report."""
    body = {
        "id": str(submission.pk),
        "url": url,
        "organisatie": submission.organisation.code,
        "status": submission.status,
        "bestandsnaam": submission.filename,
        "ontvangen_op": submission.created_at.isoformat(),
        "verwerkt_op": submission.finished_at.isoformat() if submission.finished_at else None,
        "aanlevering": submission.delivery_id,
    }
    if submission.finished:
        body["rapport"] = submission.report or {}
    return body


def _json(body: bytes) -> dict:
    if len(body) > MAX_JSON_BYTES:
        raise Refused(413, "De JSON-aanlevering is te groot; lever een bestand aan in het veld 'bestand'.")
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused(400, f"De body is geen geldige JSON in UTF-8 ({type(exc).__name__}).") from None
    if isinstance(document, list):
        document = {"klachten": document}
    if not isinstance(document, dict):
        raise Refused(400, "Verwacht een JSON-object met 'klachten' (een lijst).")
    return document


def _metadata(value) -> dict:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise Refused(400, "Het veld 'metadata' moet een JSON-object zijn.") from None
    if not isinstance(value, dict):
        raise Refused(400, "Het veld 'metadata' moet een JSON-object zijn.")
    return {str(k): str(v) for k, v in value.items() if v not in (None, "")}


def _same_organisation(organisation: Organisation, named) -> None:
    if named in (None, ""):
        return
    found = OrganisationIndex().resolve(named)
    if found is None or found[0] != organisation.code:
        raise Refused(
            403,
            f"Dit token hoort bij {organisation.name} ({organisation.code}); het kan niet aanleveren voor '{named}'.",
        )


def _records_of_this_organisation(organisation: Organisation, named: set[str]) -> None:
    """A bestuursorgaan delivers its own complaints: a record naming another organisation is refused.

    An ombudsman's records name the body complained about, so they may name any organisation.
    """
    if organisation.type == OrganisationType.OMBUDSMAN:
        return
    index = OrganisationIndex()
    for value in sorted(named):
        found = index.resolve(value)
        if found is not None and found[0] != organisation.code:
            raise Refused(
                403,
                f"Een klacht noemt '{found[2]}' als organisatie; dit token hoort bij "
                f"{organisation.name} ({organisation.code}) en mag alleen diens klachten aanleveren.",
            )


OWN_FIELDS = ("bestuursorgaan", "organisatie")  # fields that name who handled the complaint


def _named_organisations_in_records(records: list) -> set[str]:
    named = set()
    for record in records:
        if isinstance(record, dict):
            named.update(str(record[k]).strip() for k in OWN_FIELDS if record.get(k) not in (None, ""))
    return named


def _named_organisations_in_file(data: bytes, filename: str) -> set[str]:
    """The distinct values of the Bestuursorgaan column (an unreadable file is left to the import report)."""
    try:
        table = components.read_table(io.BytesIO(data), filename=filename)
    except components.UnreadableFile:
        return set()
    std = standard.load()
    positions = [
        i
        for i, header in enumerate(table.headers)
        if (attribute := std.find_attribute(str(header or ""))) is not None
        and attribute.machine_name == "bestuursorgaan"
    ]
    return {
        str(row.values[i]).strip()
        for row in table.rows
        for i in positions
        if i < len(row.values) and row.values[i] not in (None, "")
    }
