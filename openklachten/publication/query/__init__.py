"""The query layer: every question the site, the API and the exports ask of the read model.

from openklachten.publication import query
filters = query.Filters.from_params({"conclusie": ["gegrond"], "thema__niet": ["afval"]})
query.overview(filters)["total"]
"""

from openklachten.publication.query import params
from openklachten.publication.query.aggregates import (
    DIMENSIONS,
    codes_in_use,
    facets,
    overview,
    statistics,
    summary,
    timeseries,
)
from openklachten.publication.query.compare import compare
from openklachten.publication.query.errors import InvalidFilter
from openklachten.publication.query.filters import CONTROL_PARAMS, EXCLUDE_SUFFIX, Filters
from openklachten.publication.query.labels import label
from openklachten.publication.query.peers import benchmarks, peer_group, quarterly
from openklachten.publication.query.search import get, rows, search
from openklachten.publication.query.store import use
from openklachten.publication.query.terms import suggest

__all__ = [
    "CONTROL_PARAMS",
    "DIMENSIONS",
    "EXCLUDE_SUFFIX",
    "Filters",
    "InvalidFilter",
    "benchmarks",
    "codes_in_use",
    "compare",
    "facets",
    "get",
    "label",
    "overview",
    "params",
    "peer_group",
    "quarterly",
    "rows",
    "search",
    "statistics",
    "suggest",
    "summary",
    "timeseries",
    "use",
]
