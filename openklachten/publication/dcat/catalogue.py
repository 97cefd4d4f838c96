"""The live catalogue: registry rows + settings + the standard's fixed metadata, through the plain builder."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings

from openklachten.standard import load, reference

from .builder import Agent, build_catalogue
from .datasets import PublisherDataset, published_datasets
from .reports import ReportDataset, published_reports
from .serialise import SERIALISERS

# Building and serialising the graph takes seconds for hundreds of publishers (rdflib), while the facts it
# depends on are two cheap aggregate queries: keep the last few renderings, keyed on exactly those facts.
RENDER_CACHE_SIZE = 8


def platform_publisher() -> Agent:
    """The verstrekker of every dataset, as the standard's metadata fixes it ('Nationale ombudsman')."""
    name = load().metadata_field("verstrekker").fixed_value
    org = reference.organisation(name)
    if org is None:  # the reference list is shipped with the standard; this only guards a renamed entry
        return Agent(uri="urn:openklachten:organisatie:verstrekker", name=name, type="overig")
    return Agent(uri=org.uri, name=org.naam, type=org.type, code=org.code)


@lru_cache(maxsize=RENDER_CACHE_SIZE)
def _render(
    datasets: tuple[PublisherDataset, ...],
    base_url: str,
    publisher: Agent,
    version: str,
    kind: str,
    reports: tuple[ReportDataset, ...] = (),
) -> str:
    graph = build_catalogue(datasets, base_url=base_url, publisher=publisher, version=version, reports=reports)
    return SERIALISERS[kind].render(graph)


def render(kind: str) -> tuple[str, tuple[PublisherDataset, ...]]:
    """The current catalogue serialised as `kind` ('ttl', 'jsonld'), and the datasets it describes."""
    datasets = tuple(published_datasets())
    reports = tuple(published_reports())
    return _render(datasets, settings.PUBLIC_BASE_URL, platform_publisher(), load().version, kind, reports), datasets
