"""Property-based tests of the API against its own OpenAPI document (schemathesis, bounded examples)."""

import json
import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings

from openklachten.publication.api import openapi

# The committed document, not a request at import time: a request then would open a database connection (the
# rate limit's cache) before the test database exists. The served document is compared with it below.
schema = schemathesis.openapi.from_dict(json.loads(openapi.committed()))
schema.app = get_wsgi_application()
schema.config.base_url = "/api/v1"

# x 8 operations: locally enough to find a 500 or a schema violation in well under 2 minutes; CI has the
# time budget for more (its seed is fixed by hypothesis' derandomize below, so a failure reproduces).
MAX_EXAMPLES = 40 if os.environ.get("CI") else 12


@pytest.fixture
def unlimited(public_dataset):
    # Requests go through the raw WSGI handler, which closes database connections after each request; inside a
    # test's transaction that breaks the next query (the rate limit's cache is in the database). Django's own
    # test client detaches the same receivers.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with override_settings(API_RATE_LIMIT="100000/minute"):
            yield public_dataset
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_openapi_document(case, unlimited):
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    # identity: the WSGI transport hands back the gzip body undecoded (compression has its own test in the site)
    case.call_and_validate(
        headers={"Accept-Encoding": "identity"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_headers_conformance,
            response_schema_conformance,
        ],
    )


def test_schema_under_test_is_the_one_the_api_serves(client, db):
    assert client.get("/api/v1/openapi.json").json() == schema.raw_schema
