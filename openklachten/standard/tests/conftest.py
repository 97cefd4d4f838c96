from pathlib import Path

import pytest

from openklachten.standard import load

REPO_ROOT = Path(__file__).resolve().parents[3]
# CI checks out /work/shared beside the repository as ../shared.
V02_DIR = (REPO_ROOT / ".." / "shared" / "reference" / "datastandaard-v0.2").resolve()


@pytest.fixture(scope="session")
def standard():
    return load()


@pytest.fixture(scope="session")
def v02_dir():
    if not (V02_DIR / "attributen.csv").exists():
        pytest.skip(f"V0.2-bron niet gevonden in {V02_DIR}")
    return V02_DIR
