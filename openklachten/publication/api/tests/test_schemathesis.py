"""Property-based tests of the API against its own OpenAPI document (schemathesis, bounded examples)."""

import json
import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
from hypothesis import HealthCheck, settings

from openklachten.publication.api import openapi

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
schema.config.base_url = "/api/v1"

# x 8 operations: locally enough to find a 500 or a schema violation in well under 2 minutes; CI has the
# time budget for more (its seed is fixed by hypothesis' derandomize below, so a failure reproduces).
MAX_EXAMPLES = 40 if os.environ.get("CI") else 12


@pytest.fixture
def unlimited(public_dataset):
    with override_settings(API_RATE_LIMIT="100000/minute"):
        yield public_dataset


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_openapi_document(case, unlimited):
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,
                                             response_schema_conformance, status_code_conformance)

    # identity: the WSGI transport hands back the gzip body undecoded (compression has its own test in the site)
    case.call_and_validate(headers={"Accept-Encoding": "identity"},
                           checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_headers_conformance, response_schema_conformance])


def test_schema_under_test_is_the_committed_one():
    assert schema.raw_schema == json.loads(openapi.committed())
