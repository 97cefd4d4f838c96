"""End to end, as a system would use it: `openklachten serve` (with its own worker process), a token from
`openklachten token create`, a multipart POST over HTTP, polling the status resource until it is imported."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from openklachten.registry.jobs.testing import process_env
from openklachten.registry.tests.conftest import complaint_row, write_delivery

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read() or b"null")


def _multipart(path: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="klachten.csv"\r\n'
            "Content-Type: text/csv\r\n\r\n"
        ).encode()
        + Path(path).read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_serve_runs_the_import_job_of_an_api_delivery(tmp_path):
    env = process_env(tmp_path / "data")
    cli = [sys.executable, "-m", "openklachten"]
    made = subprocess.run(
        cli + ["token", "create", "--organisation", "gm0363"], env=env, capture_output=True, text=True, timeout=120
    )
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    port = _free_port()
    # On SQLite (the embedded default) serve starts a worker by itself; on PostgreSQL only when asked.
    serve = ["serve", "--port", str(port), "--workers", "1"] + (["--worker"] if "DATABASE_URL" in env else [])
    server = subprocess.Popen(cli + serve, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        for _ in range(120):
            try:
                if _request(base + "/")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        [worker] = [
            pid
            for pid in _children(server.pid)  # beside gunicorn's workers: the job worker
            if b"--parent" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        body, content_type = _multipart(write_delivery(tmp_path / "k.csv", [complaint_row(1), complaint_row(2)]))
        headers = {"Authorization": f"Bearer {token}", "Content-Type": content_type, "Idempotency-Key": "e2e-1"}
        status, answer_headers, answer = _request(base + "/aanleveringen", body, headers, "POST")
        assert status == 202, answer
        location = answer_headers["Location"]
        for _ in range(240):
            status, _, document = _request(location, headers={"Authorization": f"Bearer {token}"})
            if document["status"] not in ("wachtrij", "bezig"):
                break
            time.sleep(0.5)
        assert (status, document["status"], document["rapport"]["nieuw"]) == (200, "verwerkt", 2)
        for _ in range(60):  # the read model is rebuilt after the import's commit (503 while it is)
            polled = _request(base + "/klachten?organisatie=gm0363")
            if polled[2].get("totaal") == 2:
                break
            time.sleep(0.5)
        assert _request(base + "/klachten?organisatie=gm0363")[2]["totaal"] == 2
    finally:
        server.terminate()
        server.wait(timeout=60)
    for _ in range(40):
        if not Path(f"/proc/{worker}").exists():
            break
        time.sleep(0.5)
    assert not Path(f"/proc/{worker}").exists(), "the worker must stop with the server"
    assert not os.listdir(Path(env["OPENKLACHTEN_DATA_DIR"]) / "aanleveringen")  # the raw file is gone
