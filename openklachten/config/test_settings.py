"""Settings for the test suite: the normal settings with a throw-away data directory."""

import os
import tempfile

os.environ.setdefault("OPENKLACHTEN_DATA_DIR", tempfile.mkdtemp(prefix="openklachten-test-"))
os.environ.setdefault("OPENKLACHTEN_LINK_SECRET", "test-link-secret")
# Rebuilds run in the test's own thread (and its database transaction); background tests switch it back.
os.environ.setdefault("OPENKLACHTEN_READMODEL_REBUILD", "direct")

from openklachten.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
