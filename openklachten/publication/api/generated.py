"""The committed OpenAPI document, rewritten by `openklachten regenerate openapi`: docs/ and the package's copy."""

from openklachten.publication.api.openapi import OPENAPI_PATH, PACKAGE_PATH, build
from openklachten.standard.generation import register

register("openapi", OPENAPI_PATH, build, app="publication_api")
register("openapi-package", PACKAGE_PATH, build, app="publication_api")
