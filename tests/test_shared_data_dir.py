"""Two application servers on one data directory (docs/deploy.md): same generation, switching together."""

import json
import os
import signal
import subprocess
import time

import pytest

from tests.conftest import VENV_BIN, run_cli
from tests.test_production_server import free_port, get, wait_until_up

pytestmark = pytest.mark.slow

# The README's example delivery, one row per complaint.
HEADER = (
    "Klacht-ID,Ontvangstdatum,Datum afhandeling,Ontvangwijze,Status,Formeel/informeel,Eerstelijns/tweedelijns,"
    "Bestuursorgaan,Organisatieonderdeel,Type klager,Woonplaats klager,Thema's,Gedraging,Oorzaak,Bevindingen,"
    "Conclusie,Oordeel klacht,Afdoeningswijze"
)


def delivery(path, first: int, count: int):
    lines = [HEADER] + [
        f"Z-2024-{n:03},2024-03-01,2024-03-29,E-mail,Afgehandeld,Formeel,Eerstelijns,Gemeente Utrecht,"
        "Afdeling Parkeren,Individu,Utrecht,Parkeren,De vergunning kwam te laat.,Vertraging,"
        "Het bezwaar was niet opgepakt.,Onderzocht en gegrond,De termijn is overschreden.,Excuses"
        for n in range(first, first + count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def totals(bases) -> list[tuple[int, str]]:
    answers = []
    for base in bases:
        status, headers, body = get(base + "/api/v1/klachten?paginaGrootte=1")
        answers.append((status, json.loads(body).get("totaal") if status == 200 else None))
    return answers


def test_two_servers_serve_one_generation_and_switch_together(tmp_path):
    env = {"OPENKLACHTEN_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}
    first = run_cli("import", str(delivery(tmp_path / "a.csv", 1, 6)), "--organisation", "gm0344", env=env)
    assert first.returncode == 0, first.stderr[-2000:]
    servers, bases = [], []
    try:
        for _ in range(2):
            port = free_port()
            servers.append(
                subprocess.Popen(
                    [str(VENV_BIN / "openklachten"), "serve", "--port", str(port), "--workers", "1"],
                    env=dict(os.environ, DJANGO_SETTINGS_MODULE="openklachten.config.settings", **env),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    start_new_session=True,
                )
            )
            bases.append(f"http://127.0.0.1:{port}")
            wait_until_up(bases[-1] + "/over", servers[-1])
        assert totals(bases) == [(200, 6), (200, 6)]

        second = run_cli("import", str(delivery(tmp_path / "b.csv", 7, 4)), "--organisation", "gm0344", env=env)
        assert second.returncode == 0, second.stderr[-2000:]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and totals(bases) != [(200, 10), (200, 10)]:
            time.sleep(0.5)
        assert totals(bases) == [(200, 10), (200, 10)]
    finally:
        for server in servers:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(timeout=60)
