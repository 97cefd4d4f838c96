"""/downloads/: the whole dataset, any filtered selection and each delivery, streamed; `_meta` beside them."""

import datetime as dt
import itertools

import pyarrow as pa
from django.http import Http404, HttpResponseRedirect, JsonResponse, StreamingHttpResponse

from openklachten.publication import query
from openklachten.publication.api.base import add_headers
from openklachten.publication.api.problems import problem
from openklachten.publication.exports import selection
from openklachten.publication.exports.formats import FORMATS
from openklachten.publication.query import meta, store


def _stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _filename(stem: str, fmt) -> str:
    suffix = "-excel" if fmt.name == "csv-excel" else ""
    return f"openklachten-{stem}{suffix}-{_stamp()}.{fmt.extension}"


def _stream(request, fmt_name: str, stem: str, aanlevering: int | None = None, organisatie: str | None = None):
    fmt = FORMATS.get(fmt_name)
    if fmt is None:
        raise Http404
    try:
        filters, q = selection.from_request(request)
    except query.InvalidFilter as error:
        return add_headers(problem(400, str(error), request.path))
    if organisatie is not None:
        # The file is that organisation's by its name: its own filter wins over any organisatie parameter.
        filters.include["organisatie"] = [organisatie]
        filters.exclude.pop("organisatie", None)
    reader = _started(query.rows(filters, q=q, aanlevering=aanlevering, as_json=fmt.json_rows))
    response = StreamingHttpResponse(fmt.write(reader), content_type=fmt.content_type)
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, fmt)}"'
    response["X-Licentie"] = meta.LICENCE
    return add_headers(response)


def _started(reader: pa.RecordBatchReader) -> pa.RecordBatchReader:
    """Read the first batch before answering: an unreadable model is then a 503, not a 200 with only a header."""
    batches = iter(reader)
    first = next(batches, None)
    return pa.RecordBatchReader.from_batches(
        reader.schema, itertools.chain([first] if first is not None else [], batches)
    )


def _delivery_exists(aanlevering: int) -> bool:
    found = store.connection().execute("SELECT count(*) FROM aanleveringen WHERE id = ?", [aanlevering]).fetchall()
    return bool(found[0][0])


def klachten(request, fmt: str):
    """All published complaints, or the filtered selection, in one file."""
    return _stream(request, fmt, "klachten")


def _organisation_published(code: str) -> bool:
    found = store.connection().execute("SELECT count(*) FROM klachten WHERE organisatie = ?", [code]).fetchall()
    return bool(found[0][0])


def organisatie(request, organisatie: str, fmt: str):
    """The published complaints of one organisation: the per-organisation file the DCAT catalogue names."""
    if not _organisation_published(organisatie):
        raise Http404("Deze organisatie heeft geen gepubliceerde klachten.")
    return _stream(request, fmt, f"klachten-{organisatie}", organisatie=organisatie)


def aanlevering(request, aanlevering_id, fmt: str):
    """The published complaints of one delivery."""
    aanlevering_id = int(aanlevering_id)
    if not _delivery_exists(aanlevering_id):
        raise Http404("Deze aanlevering bestaat niet of is ingetrokken.")
    return _stream(request, fmt, f"aanlevering-{aanlevering_id}", aanlevering_id)


def _meta_response(request, stem: str, aanlevering: int | None = None):
    try:
        filters, q = selection.from_request(request)
    except query.InvalidFilter as error:
        return add_headers(problem(400, str(error), request.path))
    count = sum(batch.num_rows for batch in query.rows(filters, columns=["public_id"], q=q, aanlevering=aanlevering))
    base = request.build_absolute_uri(request.path.rsplit(".meta.json", 1)[0])
    body = {
        "_meta": meta.meta(),
        "selectie": {"parameters": dict((k, request.GET.getlist(k)) for k in request.GET), "aantal_klachten": count},
        "bestanden": {
            name: f"{base}.{fmt.extension}" if name != "csv-excel" else f"{base}-excel.csv"
            for name, fmt in FORMATS.items()
        },
        "formaten": {name: fmt.description for name, fmt in FORMATS.items()},
    }
    query_string = request.META.get("QUERY_STRING")
    if query_string:
        body["bestanden"] = {k: f"{v}?{query_string}" for k, v in body["bestanden"].items()}
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="openklachten-{stem}-{_stamp()}.meta.json"'
    return add_headers(response)


def klachten_meta(request):
    return _meta_response(request, "klachten")


def aanlevering_meta(request, aanlevering_id: int):
    if not _delivery_exists(aanlevering_id):
        raise Http404("Deze aanlevering bestaat niet of is ingetrokken.")
    return _meta_response(request, f"aanlevering-{aanlevering_id}", aanlevering_id)


def index(request):
    """What can be downloaded: the whole dataset, per delivery, and the `_meta` of each.

    A browser (which asks for HTML) is sent to the open data page written for people; clients that ask
    for JSON, or for anything (curl's */*), get this JSON as before.
    """
    if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        response = HttpResponseRedirect("/open-data")
        response.status_code = 303  # See Other: the same resource for people lives at another address
        response["Vary"] = "Accept"
        return response
    base = request.build_absolute_uri("/downloads/")
    deliveries = (
        store.connection()
        .execute("SELECT id, organisatie, aangeleverd_op FROM aanleveringen ORDER BY aangeleverd_op DESC, id DESC")
        .fetchall()
    )
    body = {
        "_meta": meta.meta(),
        "klachten": {
            "meta": f"{base}klachten.meta.json",
            **{
                n: f"{base}klachten{'-excel.csv' if n == 'csv-excel' else '.' + f.extension}"
                for n, f in FORMATS.items()
            },
        },
        "filters": "Elke download neemt dezelfde filters als het dashboard, bv. ?conclusie=gegrond&thema__niet=afval.",
        "aanleveringen": [
            {
                "id": i,
                "organisatie": org,
                "aangeleverd_op": f"{when.isoformat()}+00:00" if when else None,
                "meta": f"{base}aanleveringen/{i}.meta.json",
                **{
                    n: f"{base}aanleveringen/{i}{'-excel.csv' if n == 'csv-excel' else '.' + f.extension}"
                    for n, f in FORMATS.items()
                },
            }
            for i, org, when in deliveries
        ],
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Vary"] = "Accept"
    return add_headers(response)
