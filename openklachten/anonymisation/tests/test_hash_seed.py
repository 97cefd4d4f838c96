"""The output must not depend on Python's hash seed: the same text is published the same way by every process.

Detectors walk the text's distinct words, a set whose order changes with PYTHONHASHSEED. The foreign-name
detector once let the first anchor of a capitalised run claim the whole run, so a name was redacted in one process
and published in another (found when the risk scorer's retrain differed between runs).
"""

import json
import os
import subprocess
import sys

TEXT = (
    'Klager, de heer Abdullah bin Rashid al-Hashimi (in de BRP ingeschreven als "Abdalla Bin Rasjid Alhashimi"), '
    "stelt dat hij niet werd toegelaten. Ook Wiktoria Zielińska en Kidane Tekle Mehari waren er."
)
ONLY = "naam-buitenlandse-letters"
SCRIPT = f"""
import json
from openklachten.anonymisation.detector_catalogue import all_detectors
from openklachten.anonymisation.engine import anonymise
skip = frozenset(n for n in all_detectors() if n != {ONLY!r})
result = anonymise({TEXT!r}, (), risk_model=False, skip=skip)
print(json.dumps([result.text, [(e.start, e.end, e.type) for e in result.entities]]))
"""


def run_with_hash_seed(seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    completed = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return json.loads(completed.stdout)


def test_foreign_names_are_found_the_same_way_under_every_hash_seed():
    outputs = [run_with_hash_seed(seed) for seed in (1, 2, 3, 4, 5, 6)]
    assert all(output == outputs[0] for output in outputs)
    published = outputs[0][0]
    # Every anchor is tried: the part of the run after an explained word ("Bin") is found too.
    assert "Rasjid" not in published and "Alhashimi" not in published
    assert "Zielińska" not in published and "Mehari" not in published
