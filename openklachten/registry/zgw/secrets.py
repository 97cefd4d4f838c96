"""The connection secret at rest: Fernet (AES-128-CBC + HMAC) with a key derived from SECRET_KEY.

A database dump alone does not reveal it. Changing SECRET_KEY makes stored secrets unreadable; the
sync then says so and the coordinator enters the secret again in /beheer/.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

# A separate purpose string, so this key differs from every other use of SECRET_KEY.
PURPOSE = b"openklachten.zgw.secret.v1"


class SecretUnreadable(Exception):
    pass


def _fernet() -> Fernet:
    key = hashlib.pbkdf2_hmac("sha256", settings.SECRET_KEY.encode("utf-8"), PURPOSE, 100_000)
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    if not token:
        raise SecretUnreadable(
            "Er is geen secret ingesteld voor deze koppeling; vul het in via /beheer/ "
            "of `openklachten zgw configure --secret-stdin`."
        )
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise SecretUnreadable(
            "Het opgeslagen secret kan niet worden ontsleuteld (is SECRET_KEY veranderd?); "
            "vul het secret opnieuw in via /beheer/."
        ) from None
