"""A damaged generation (a truncated file) is refused and rebuilt once: 503 with Retry-After, never a short 200.

Item 9 of issue 9: a truncated read-model file gave 500s and a 200 with 3 bytes for the CSV download.
"""

import csv
import io
import json
import os

import pytest

from openklachten.publication import readmodel
from openklachten.publication.readmodel import generations
from openklachten.publication.readmodel.tests import processes


def _truncate(path, keep=0.5):
    os.truncate(path, int(path.stat().st_size * keep))


def _rows(body: bytes) -> int:
    return len(list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))) - 1


@pytest.mark.slow
def test_a_server_refuses_a_truncated_generation_and_rebuilds_it(tmp_path):
    env = processes.seed(tmp_path, 2_000)
    damaged = generations.current_dir(tmp_path / "readmodel")
    _truncate(damaged / "readmodel.duckdb")
    assert "bytes in plaats van" in processes.status(env)["probleem"]
    log = tmp_path / "server.log"
    with processes.server({**env, "LOG_LEVEL": "INFO"}, log=log):
        code, headers, body = processes.get("/downloads/klachten.csv")
        assert code == 503 and int(headers["Retry-After"]) >= 5, (code, body[:200])
        processes.wait_for(lambda: processes.get("/downloads/klachten.csv")[0] == 200)
        code, _, body = processes.get("/downloads/klachten.csv")
        assert code == 200 and _rows(body) == 2_000
        assert json.loads(processes.get("/api/v1/klachten")[2])["totaal"] == 2_000
    assert log.read_text().count("Leesopslag opgebouwd") == 1
    assert processes.status(env)["probleem"] == "-"


def test_a_checksum_mismatch_is_found_when_a_generation_is_opened(public_dataset, tmp_path):
    gen = readmodel.current_dir()
    assert generations.verify(gen) is None
    with open(gen / "organisaties.parquet", "r+b") as handle:  # same size, other bytes
        handle.seek(10)
        handle.write(b"\x00\x01\x02\x03")
    assert "controlegetal" in generations.verify(gen)


def test_a_generation_truncated_while_open_is_noticed_and_rebuilt(public_dataset, client):
    """The file shrinks under an open generation: the next request notices (sizes are re-checked per request)."""
    first = client.get("/downloads/klachten.csv")
    assert first.status_code == 200 and _rows(b"".join(first.streaming_content)) == 53
    gen = readmodel.current_dir()
    _truncate(gen / "readmodel.duckdb", keep=0.3)
    # Tests rebuild in the asking thread (OPENKLACHTEN_READMODEL_REBUILD=direct), so this very request is served
    # whole from the new generation; a server queues the rebuild and answers 503 meanwhile (test above).
    healed = client.get("/downloads/klachten.csv?conclusie=gegrond")
    assert healed.status_code == 200 and _rows(b"".join(healed.streaming_content)) == 11
    assert readmodel.current_dir() != gen
    assert readmodel.status()["probleem"] is None
