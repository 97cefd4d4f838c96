"""Settings for the test suite: the normal settings with a throw-away data directory."""

import os
import tempfile

os.environ.setdefault("OPENKLACHTEN_DATA_DIR", tempfile.mkdtemp(prefix="openklachten-test-"))
os.environ.setdefault("OPENKLACHTEN_LINK_SECRET", "test-link-secret")
# Not the public default: commands the tests start (serve, import) refuse that outside DEBUG.
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-the-public-default")

from openklachten.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
