"""Item 9 of issue 9: with the read model missing, 20 simultaneous searches start one rebuild, not 20.

Meanwhile every request gets 503 with Retry-After (never a 500, never an empty 200), and the model heals
itself without an operator.
"""

import concurrent.futures
import json
import shutil

import pytest

from openklachten.publication.readmodel.tests import processes

pytestmark = pytest.mark.slow
BUILT = "Leesopslag opgebouwd"  # rebuilds.py logs one such line (INFO) per generation written


def test_twenty_searches_on_a_missing_model_start_one_rebuild(tmp_path):
    env = processes.seed(tmp_path, 3_000)
    shutil.rmtree(tmp_path / "readmodel")  # a new server on an existing registry, or a data directory lost
    log = tmp_path / "server.log"
    with processes.server({**env, "LOG_LEVEL": "INFO"}, log=log):
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda n: processes.get(f"/klachten?q=ophaaldag&_pagina={1 + n % 3}"), range(20)))
        codes = [code for code, _, _ in answers]
        assert set(codes) <= {503, 200} and codes.count(503) >= 15, codes  # the build takes seconds, not ms
        for code, headers, body in answers:
            if code == 503:
                assert int(headers["Retry-After"]) >= 5 and "Tijdelijk niet beschikbaar" in body.decode()
        processes.wait_for(lambda: processes.get("/api/v1/klachten")[0] == 200)
        assert json.loads(processes.get("/api/v1/klachten")[2])["totaal"] == 3_000
    assert log.read_text().count(BUILT) == 1, log.read_text()


def test_a_missing_model_under_a_running_server_is_rebuilt_once(tmp_path):
    env = processes.seed(tmp_path, 3_000)
    log = tmp_path / "server.log"
    with processes.server({**env, "LOG_LEVEL": "INFO"}, log=log):
        assert processes.get("/api/v1/klachten")[0] == 200
        shutil.rmtree(tmp_path / "readmodel")  # an operator's mistake, a full disk cleaned up by hand
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            codes = list(pool.map(lambda n: processes.get("/downloads/klachten.csv")[0], range(20)))
        assert set(codes) <= {503, 200}, codes
        processes.wait_for(lambda: processes.get("/downloads/klachten.csv")[0] == 200)
    assert log.read_text().count(BUILT) == 1, log.read_text()


ASK = """
import django
django.setup()
from openklachten.publication import readmodel
readmodel.request_rebuild()
"""
COUNT_A_CHANGE = """
import django
django.setup()
from openklachten.registry import sequence
sequence.advance("import")
"""


def test_three_processes_asking_at_once_build_once(tmp_path):
    """Several server processes share a data directory: the re-check under the lock makes one build of N asks."""
    import subprocess
    import sys

    env = {**processes.seed(tmp_path, 300), "LOG_LEVEL": "INFO"}
    processes.script(COUNT_A_CHANGE, env=env)
    assert processes.status(env)["achterstand"] == "1"
    asking = [
        subprocess.Popen([sys.executable, "-c", ASK], env=env, stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    logs = [process.communicate(timeout=300)[1] for process in asking]
    assert all(process.returncode == 0 for process in asking), logs
    assert "".join(logs).count(BUILT) == 1, logs
    assert processes.status(env)["achterstand"] == "0"
