"""The committed OpenAPI document is what the code generates, and it passes the NL API Design Rules linter."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from openklachten.publication.api import openapi
from openklachten.standard.generation import REPO_ROOT
from tests.shared_data import require_shared

LINTER = REPO_ROOT.parent / "shared" / "reference" / "validation" / "api-design-rules" / "linter.yaml"


def test_committed_openapi_is_fresh():
    fresh = openapi.build()
    assert openapi.committed().decode("utf-8") == fresh, (
        f"{openapi.OPENAPI_PATH} is verouderd: draai `openklachten regenerate openapi`."
    )


def test_served_openapi_is_the_committed_file(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert json.loads(response.content) == json.loads(openapi.committed())


def _spectral():
    local = REPO_ROOT / "node_modules" / ".bin" / "spectral"
    return str(local) if local.exists() else shutil.which("spectral")


def test_openapi_passes_the_nl_api_design_rules_linter():
    spectral = _spectral()
    if not spectral:
        pytest.skip("Spectral is niet geïnstalleerd (npm ci in de repository-root installeert het).")
    require_shared(LINTER, "De linterregels van de API Design Rules")
    result = subprocess.run(
        [
            spectral,
            "lint",
            "-r",
            str(LINTER),
            "-f",
            "text",
            "--fail-severity",
            "error",
            str(Path(REPO_ROOT) / openapi.OPENAPI_PATH),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
