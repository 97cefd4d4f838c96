"""Which query engine answers the site: publication.query (the read model) when it is complete.

Views use `engine.<function>`; the backend is resolved on each attribute access so the choice can
follow the installed components (and a command or test may pin it with `use`).
"""

from openklachten.publication.site import fallback

CONTRACT = ("Filters", "InvalidFilter", "overview", "facets", "search", "timeseries", "compare", "get")
_pinned = None


def _query_module():
    try:
        from openklachten.publication import query
    except ImportError:  # the read model is an optional, separately built component
        return None
    return query if all(hasattr(query, name) for name in CONTRACT) else None


def backend():
    # Until the read model's query layer is there, the in-memory stand-in keeps the site usable.
    return _pinned or _query_module() or fallback


def use(module) -> None:
    """Pin a backend (None: choose automatically again)."""
    global _pinned
    _pinned = module


class _Engine:
    def __getattr__(self, name):
        return getattr(backend(), name)


engine = _Engine()
