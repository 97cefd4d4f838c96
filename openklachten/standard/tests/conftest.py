from pathlib import Path

import pytest

from openklachten.standard import load
from tests.shared_data import require_shared

REPO_ROOT = Path(__file__).resolve().parents[3]
# CI checks out /work/shared beside the repository as ../shared.
V02_DIR = (REPO_ROOT / ".." / "shared" / "reference" / "datastandaard-v0.2").resolve()


@pytest.fixture(scope="session")
def standard():
    return load()


@pytest.fixture(scope="session")
def v02_dir():
    require_shared(V02_DIR / "attributen.csv", "De V0.2-bron van de datastandaard")
    return V02_DIR
