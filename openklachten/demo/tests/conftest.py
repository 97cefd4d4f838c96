"""One demo run shared by the distribution tests: the size the issue asks the demo to reach."""

import pytest

from openklachten.demo import generate_records

DEMO_SIZE = 50_000


@pytest.fixture(scope="session")
def demo_records() -> list[dict]:
    return list(generate_records(DEMO_SIZE, seed=2024, annotate=True))
