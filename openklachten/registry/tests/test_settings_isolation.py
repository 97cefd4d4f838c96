import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings


def test_tests_use_a_fresh_temporary_data_dir():
    data_dir = Path(settings.DATA_DIR)
    assert data_dir.is_dir() and data_dir.is_relative_to(tempfile.gettempdir())
    assert Path(settings.READMODEL_PATH).is_relative_to(data_dir)


def test_a_developers_own_data_dir_is_never_used_by_the_tests(tmp_path):
    """Even with OPENKLACHTEN_DATA_DIR set in the shell, the test settings pick a throw-away directory."""
    own = tmp_path / "mijn-echte-data"
    env = dict(os.environ, OPENKLACHTEN_DATA_DIR=str(own), DJANGO_SETTINGS_MODULE="openklachten.config.test_settings")
    env.pop("OPENKLACHTEN_TEST_RUN", None)  # a new test run, as `make test` in that shell would start
    code = "import django; django.setup(); from django.conf import settings; print(settings.DATA_DIR)"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    used = Path(done.stdout.strip().splitlines()[-1])
    assert used != own and not own.exists()
