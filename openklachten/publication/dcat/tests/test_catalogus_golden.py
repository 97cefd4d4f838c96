"""The Turtle output for a fixed input is byte-for-byte the committed golden file."""

import difflib
import os
import subprocess
import sys

from openklachten.publication.dcat.generated import GOLDEN_PATH, build_golden
from openklachten.standard.generation import REPO_ROOT


def test_turtle_matches_the_golden_file():
    committed = (REPO_ROOT / GOLDEN_PATH).read_text(encoding="utf-8")
    fresh = build_golden()
    diff = "".join(difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True), "golden", "nieuw", n=2))
    hint = "bedoeld? `openklachten regenerate dcat-golden`"
    assert not diff, f"De DCAT-uitvoer wijkt af van {GOLDEN_PATH}; {hint}\n{diff}"


BUILD = (
    "import django; django.setup(); from openklachten.publication.dcat.generated import build_golden; "
    "import sys; sys.stdout.write(build_golden())"
)


def test_turtle_is_the_same_in_processes_with_different_hash_seeds():
    """Set and dict order depend on PYTHONHASHSEED: two processes with other seeds must write the same bytes."""
    outputs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, DJANGO_SETTINGS_MODULE="openklachten.config.test_settings")
        done = subprocess.run([sys.executable, "-c", BUILD], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append(done.stdout)
    assert outputs[0] and outputs[0] == outputs[1]
