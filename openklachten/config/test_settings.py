"""Settings for the test suite: the normal settings with a throw-away data directory."""

import os
import tempfile

# A test run starts in a fresh directory, even when the developer's shell sets OPENKLACHTEN_DATA_DIR: it must
# never touch a real database or read model. Subprocesses the tests start (marked by OPENKLACHTEN_TEST_RUN)
# keep the directory the test gives them.
if not os.environ.get("OPENKLACHTEN_TEST_RUN"):
    os.environ["OPENKLACHTEN_TEST_RUN"] = "1"
    os.environ["OPENKLACHTEN_DATA_DIR"] = tempfile.mkdtemp(prefix="openklachten-test-")
os.environ.setdefault("OPENKLACHTEN_LINK_SECRET", "test-link-secret")

from openklachten.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
