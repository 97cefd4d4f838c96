"""Which rows a download holds: the dashboard's filters (site or API spelling) and an optional search phrase."""

from openklachten.publication import query
from openklachten.publication.api import parameters


def from_request(request) -> tuple[query.Filters, str]:
    """Filters and q from the query string; accepts `conclusie__niet` (site) and `conclusieNiet` (API)."""
    pairs = []
    for key in request.GET:
        values = request.GET.getlist(key)
        if key in parameters.FILTER_PARAMS:
            key = parameters.FILTER_PARAMS[key]
        elif (
            key.endswith(parameters.EXCLUDE_SUFFIX)
            and key[: -len(parameters.EXCLUDE_SUFFIX)] in parameters.FILTER_PARAMS
        ):
            key = parameters.FILTER_PARAMS[key[: -len(parameters.EXCLUDE_SUFFIX)]] + query.EXCLUDE_SUFFIX
        elif key.startswith("_") or (key in query.CONTROL_PARAMS and key != "q"):
            raise query.InvalidFilter("Een download kent alleen filters, van, tot en q.")
        pairs.extend((key, value) for value in values)
    params = parameters.Params(pairs)
    filters = query.Filters.from_params(params)
    return filters, query.params.query(params)
