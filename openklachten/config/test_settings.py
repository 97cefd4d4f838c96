"""Settings for the test suite: the normal settings with a throw-away data directory."""

import os
import tempfile

# Always a fresh directory, even when the developer's shell sets OPENKLACHTEN_DATA_DIR: a test run must never
# touch a real database or read model. Subprocesses of the tests inherit it.
USER_DATA_DIR = os.environ.get("OPENKLACHTEN_DATA_DIR")
os.environ["OPENKLACHTEN_DATA_DIR"] = tempfile.mkdtemp(prefix="openklachten-test-")
os.environ.setdefault("OPENKLACHTEN_LINK_SECRET", "test-link-secret")

from openklachten.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
