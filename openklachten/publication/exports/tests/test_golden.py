"""Export output compared with committed golden files (readable diffs). Regenerate: UPDATE_GOLDEN=1 pytest ..."""

import difflib
import os
import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "klachten.csv": "/downloads/klachten.csv",
    "klachten-excel.csv": "/downloads/klachten-excel.csv",
    "klachten.jsonl": "/downloads/klachten.jsonl",
    "aanlevering-8.csv": "/downloads/aanleveringen/8.csv",
    "gefilterd.csv": "/downloads/klachten.csv?formeel_informeel=formeel&thema__niet=parkeren",
}


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(fixed_model, client, name):
    response = client.get(CASES[name])
    assert response.status_code == 200
    fresh = _body(response)
    target = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        target.write_bytes(fresh)
    committed = target.read_bytes()
    diff = "\n".join(
        difflib.unified_diff(
            committed.decode("utf-8-sig").splitlines(),
            fresh.decode("utf-8-sig").splitlines(),
            "golden",
            "nu",
            lineterm="",
        )
    )
    assert committed == fresh, f"Export wijkt af van {target} (bedoeld? UPDATE_GOLDEN=1):\n{diff}"


def test_timestamped_filename_in_content_disposition(fixed_model, client):
    response = client.get("/downloads/klachten-excel.csv")
    assert re.fullmatch(
        r'attachment; filename="openklachten-klachten-excel-\d{8}T\d{6}Z\.csv"', response["Content-Disposition"]
    )
