"""Pseudonymous keys: link first-line and second-line complaints without publishing case ids.

klacht_key = HMAC-SHA256(LINK_SECRET, "<organisation code>:<klacht_id>"). A second-line complaint
names the first-line organisation and its case id; the same function over that pair gives its
gerelateerde_klacht_key, so both records join on equal keys. Without the server secret the keys
cannot be reversed by trying likely case numbers.
"""

import base64
import hashlib
import hmac
import re

from django.conf import settings

_TOOI_PREFIX = re.compile(r"^https?://[^ ]*/", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def normalise_organisation(value: str) -> str:
    """A TOOI URI or code -> its lower-case code ("https://…/gemeente/gm0363" -> "gm0363")."""
    value = _TOOI_PREFIX.sub("", (value or "").strip().rstrip("/"))
    return _SPACES.sub(" ", value).lower()


def normalise_klacht_id(value) -> str:
    """Case ids compare case-insensitively and without surrounding or doubled spaces."""
    return _SPACES.sub(" ", str(value or "").strip()).upper()


def klacht_key(organisation: str, klacht_id) -> str:
    """The keyed hash (64 hex characters) for one organisation's case id."""
    message = f"{normalise_organisation(organisation)}:{normalise_klacht_id(klacht_id)}"
    secret = settings.LINK_SECRET.encode("utf-8")
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def gerelateerde_klacht_key(organisation: str | None, klacht_id) -> str:
    """The key of the first-line complaint a second-line one refers to; empty when none is named."""
    if not organisation or klacht_id in (None, ""):
        return ""
    return klacht_key(organisation, klacht_id)


def public_id(key: str) -> str:
    """A short, stable public id derived from the klacht_key (10 base32 characters, 50 bits).

    Derived rather than random so that a re-import or a rebuilt demo keeps the same URLs; hashed
    again so that the public id does not reveal the link key.
    """
    digest = hashlib.sha256(f"public:{key}".encode()).digest()
    return base64.b32encode(digest).decode("ascii")[:10].lower()
