"""The Open Klachten Datastandaard as code: `load()` gives the attributes, code lists and profiles."""

from functools import cache

from .codelists import Code, CodeList, normalise
from .model import Attribute, MetadataField, Profile, Standard

__all__ = ["Attribute", "Code", "CodeList", "MetadataField", "Profile", "Standard", "load", "normalise"]


@cache
def load() -> Standard:
    """The standard (1.0, accepting V0.2), read once from standard/data and cached."""
    from .loader import build

    return build()
