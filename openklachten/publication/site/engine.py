"""Which query engine answers the site: publication.query (the read model) when it is complete."""

from openklachten.publication.site import fallback

CONTRACT = ("Filters", "InvalidFilter", "overview", "facets", "search", "timeseries", "compare", "get")

try:
    from openklachten.publication import query as _query
except ImportError:  # pragma: no cover - the read model is an optional, separately built component
    _query = None

# Until the read model's query layer is there, the in-memory stand-in keeps the site usable.
engine = _query if _query is not None and all(hasattr(_query, n) for n in CONTRACT) else fallback
InvalidFilter = engine.InvalidFilter
