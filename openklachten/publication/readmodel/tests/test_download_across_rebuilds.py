"""A download that outlives rebuilds completes whole (item 8 of issue 9: it used to end early with a 200).

Reproduced as the issue describes it: a client reads /downloads/klachten.csv slowly from a real server while
three withdrawals run in other processes, and the server meanwhile answers other requests (so it opens each
new generation). The export reads the model in chunks of 20,000 rows, so the stream keeps querying its
generation long after it started; that generation must stay open and on disk until the last row is out.
"""

import csv
import http.client
import io
import socket
import threading
import time

import pytest

from openklachten.publication.readmodel.tests import processes

pytestmark = pytest.mark.slow
SIZE = 45_000  # three export chunks of 20,000 rows: the later ones are read while the withdrawals switch generations
SLOW = (16_384, 0.2)  # bytes per read, pause: ~80 KB/s while the withdrawals run


def _read_slowly(done: threading.Event, result: dict) -> None:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65_536)  # keep most of the file on the server side
    sock.connect(("127.0.0.1", processes.PORT))
    connection = http.client.HTTPConnection("127.0.0.1", processes.PORT, timeout=300)
    connection.sock = sock
    connection.request("GET", "/downloads/klachten.csv")
    response = connection.getresponse()
    result["status"] = response.status
    parts = []
    try:
        while True:
            part = response.read(SLOW[0] if not done.is_set() else 1 << 20)
            if not part:
                break
            parts.append(part)
            if not done.is_set():
                time.sleep(SLOW[1])
        result["body"] = b"".join(parts)
    except (http.client.IncompleteRead, OSError) as error:  # a visible failure is allowed; a short 200 is not
        result["error"] = error
    finally:
        connection.close()


def test_a_download_started_before_three_withdrawals_completes_whole(tmp_path):
    env = processes.seed(tmp_path, SIZE, text="Klacht over de afvalinzameling in de wijk.")
    with processes.server(env):
        done, result = threading.Event(), {}
        reader = threading.Thread(target=_read_slowly, args=(done, result))
        reader.start()
        processes.wait_for(lambda: "status" in result, timeout=60, interval=0.1)
        for public_id in ("s0000001", "s0000002", "s0000003"):
            processes.command("withdraw", "--complaint", public_id, env=env)
            assert processes.get("/api/v1/klachten?paginaGrootte=1")[0] == 200  # the server opens the new generation
        done.set()
        reader.join(timeout=600)

    assert result["status"] == 200
    assert "error" not in result, result.get("error")
    rows = list(csv.reader(io.StringIO(result["body"].decode("utf-8-sig"))))
    assert len(rows) - 1 == SIZE  # the generation the download started on, every row of it
    assert len(rows[-1]) == len(rows[0])
