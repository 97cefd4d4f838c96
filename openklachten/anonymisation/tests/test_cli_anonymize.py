"""The `openklachten anonymize` contract: JSON Lines in and out, same ids and order, errors on stderr."""

import json
import subprocess
import sys


def run(stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "openklachten", "anonymize"], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_jsonl_in_jsonl_out_same_ids_same_order():
    lines = [
        {"id": "a", "text": "Mevrouw Jansen belde vanaf 06-41873320."},
        {"id": 7, "text": "Geen persoonsgegevens hier."},
        {"id": "c", "text": "Groeten van Wouters", "context": {"names": ["Els Wouters"]}},
    ]
    proc = run("".join(json.dumps(line) + "\n" for line in lines))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    assert out[0]["text"] == "Mevrouw [NAAM-1] belde vanaf [TELEFOON-1]."
    assert {e["type"] for e in out[0]["entities"]} == {"NAAM", "TELEFOON"}
    assert set(out[0]["entities"][0]) >= {"start", "end", "type", "source"}
    assert out[1]["text"] == "Geen persoonsgegevens hier."
    assert "Wouters" not in out[2]["text"]


def test_malformed_line_reported_on_stderr_others_processed_exit_1():
    stdin = '{"id": 1, "text": "Bel 06-41873320"}\n{kapot\n{"id": 3}\n{"id": 4, "text": "mw. Bakker"}\n'
    proc = run(stdin)
    assert proc.returncode == 1
    assert "regel 2" in proc.stderr and "regel 3" in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]  # stdout holds only JSON lines
    assert [o["id"] for o in out] == [1, 4]
    assert out[1]["text"] == "mw. [NAAM-1]"


def test_django_path_gives_the_same_lines_as_the_fast_path():
    """`--verbosity` is Django's option: that call runs the management command instead of the Django-free path."""
    stdin = '{"id": 1, "text": "Mevrouw Jansen belde vanaf 06-41873320."}\n{"id": 2}\n'
    fast = run(stdin)
    through_django = subprocess.run(
        [sys.executable, "-m", "openklachten", "anonymize", "--verbosity", "1"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert fast.returncode == through_django.returncode == 1
    assert fast.stdout == through_django.stdout
    assert json.loads(fast.stdout)["text"] == "Mevrouw [NAAM-1] belde vanaf [TELEFOON-1]."
    assert "regel 2" in through_django.stderr
