"""The live catalogue: registry rows + settings + the standard's fixed metadata, through the plain builder."""

from __future__ import annotations

from django.conf import settings
from rdflib import Graph

from openklachten.standard import load, reference

from .builder import Agent, build_catalogue
from .datasets import published_datasets


def platform_publisher() -> Agent:
    """The verstrekker of every dataset, as the standard's metadata fixes it ('Nationale ombudsman')."""
    name = load().metadata_field("verstrekker").fixed_value
    org = reference.organisation(name)
    if org is None:  # the reference list is shipped with the standard; this only guards a renamed entry
        return Agent(uri="urn:openklachten:organisatie:verstrekker", name=name, type="overig")
    return Agent(uri=org.uri, name=org.naam, type=org.type, code=org.code)


def current_catalogue() -> Graph:
    """The catalogue for what is published right now."""
    return build_catalogue(
        published_datasets(),
        base_url=settings.PUBLIC_BASE_URL,
        publisher=platform_publisher(),
        version=load().version,
    )
