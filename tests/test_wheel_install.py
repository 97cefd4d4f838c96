"""A normal (non-editable) install serves the site: every runtime file ships in the wheel.

The wheel is built from a copy of the tracked files and installed into a fresh venv without its
dependencies (they come from the development venv, added behind it on sys.path, so nothing is
downloaded). The site then runs from a directory outside the checkout, and the test checks that
`openklachten` was imported from the new venv, not from the repository.
"""

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVE_TIMEOUT = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tracked_copy(target: Path) -> Path:
    """The tracked files of the working tree (as they are now), without venv, caches or build output."""
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, names):
        source = ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())
    return target


def get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_serves_openapi_standard_and_catalogue(tmp_path):
    if os.environ.get("DATABASE_URL"):
        pytest.skip("Database-onafhankelijk; draait in de SQLite-helft van make test.")
    source = tracked_copy(tmp_path / "bron")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = (tmp_path / "dist").glob("openklachten-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies from the development venv, *after* the new venv's own site-packages. Its editable
    # install of openklachten is a .pth hook that is not run from a path added this way, so it cannot shadow.
    (site / "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]

    elsewhere = tmp_path / "elders"  # not the checkout: nothing can be found relative to the working directory
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTHONPATH", "DJANGO_SETTINGS_MODULE")}
    env.update(
        OPENKLACHTEN_DATA_DIR=str(tmp_path / "data"),
        SECRET_KEY="wiel-test-" + "s" * 40,
        OPENKLACHTEN_LINK_SECRET="wiel-test-" + "l" * 40,
    )
    origin = subprocess.run(
        [str(python), "-c", "import openklachten; print(openklachten.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert origin.startswith(str(venv)), f"openklachten came from {origin}, not from the installed wheel"

    port = free_port()
    server = subprocess.Popen(
        [str(venv / "bin" / "openklachten"), "serve", "--port", str(port)],
        cwd=elsewhere,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVE_TIMEOUT
        while True:
            try:
                status, _, _ = get(base + "/standaard")
                break
            except (ConnectionError, urllib.error.URLError, socket.timeout):
                assert server.poll() is None, server.stderr.read()[-3000:]
                assert time.monotonic() < deadline, f"de site antwoordde niet binnen {SERVE_TIMEOUT} s"
                time.sleep(0.5)

        status, kind, body = get(base + "/api/v1/openapi.json")
        assert status == 200 and kind.startswith("application/json")
        assert body == (ROOT / "docs" / "api" / "openapi.json").read_bytes()  # the committed document, whole

        status, kind, body = get(base + "/standaard")
        assert status == 200 and "Ontvangstdatum" in body.decode("utf-8")
        status, kind, body = get(base + "/standaard/klachten.schema.json")
        assert status == 200 and b'"maxLength": 200' in body

        status, kind, body = get(base + "/catalogus.ttl")
        assert status == 200 and "turtle" in kind
        assert b"dcat:Catalog" in body
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
