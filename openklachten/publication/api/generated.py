"""The committed OpenAPI document, rewritten by `openklachten regenerate openapi`."""

from openklachten.publication.api.openapi import OPENAPI_PATH, build
from openklachten.standard.generation import register

register("openapi", OPENAPI_PATH, build, app="publication_api")
