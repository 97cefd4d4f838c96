"""The site reads only through the query layer over the read model (docs/architecture.md, publication.query)."""

from openklachten.publication import query as engine  # noqa: F401
