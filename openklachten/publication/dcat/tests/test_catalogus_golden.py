"""The Turtle output for a fixed input is byte-for-byte the committed golden file."""

import difflib

from openklachten.publication.dcat.generated import GOLDEN_PATH, build_golden
from openklachten.standard.generation import REPO_ROOT


def test_turtle_matches_the_golden_file():
    committed = (REPO_ROOT / GOLDEN_PATH).read_text(encoding="utf-8")
    fresh = build_golden()
    diff = "".join(
        difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True), "golden", "nieuw", n=2)
    )
    hint = "bedoeld? `openklachten regenerate dcat-golden`"
    assert not diff, f"De DCAT-uitvoer wijkt af van {GOLDEN_PATH}; {hint}\n{diff}"


def test_turtle_is_deterministic():
    assert build_golden() == build_golden()
