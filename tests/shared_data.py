"""Reference material and data from ../shared: a test skips locally when it is absent, but fails in CI.

A developer's checkout may lack ../shared; CI checks it out beside the repository, so there a missing file
means the test silently did not run. With CI=true (.ci/run sets it; CI services do too) it fails instead.
"""

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = (REPO_ROOT.parent / "shared").resolve()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "ja"}


def require_shared(path, what: str) -> Path:
    """`path` when it exists; otherwise skip (developer machine) or fail (CI) with a Dutch reason."""
    path = Path(path)
    if path.exists():
        return path
    message = f"{what} niet gevonden op {path} (../shared ontbreekt of is onvolledig)"
    if in_ci():
        pytest.fail(f"{message}; in CI moet dit bestand er zijn.", pytrace=False)
    pytest.skip(message)
