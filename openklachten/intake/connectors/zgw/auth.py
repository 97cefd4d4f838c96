"""The bearer token the ZGW APIs expect: a JWT signed with HS256 over the client id (ZGW authorisation).

Hand-rolled on purpose: HS256 is one HMAC over two base64url parts, not worth a dependency.
"""

import base64
import hashlib
import hmac
import json
import time

# Open Zaak refuses tokens older than its JWT_EXPIRY (default one hour); a fresh one well before that.
TOKEN_LIFETIME_SECONDS = 30 * 60


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwt_token(client_id: str, secret: str, *, issued_at: int | None = None) -> str:
    """A signed JWT with the claims ZGW prescribes (iss, iat, client_id, user_id, user_representation)."""
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "iss": client_id,
        "iat": int(time.time() if issued_at is None else issued_at),
        "client_id": client_id,
        "user_id": "openklachten",
        "user_representation": "Open Klachten (synchronisatie)",
    }
    compact = (",", ":")
    signing_input = ".".join(_b64(json.dumps(part, separators=compact).encode()) for part in (header, claims))
    signature = hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def verify(token: str, secret: str) -> dict | None:
    """The claims of a token signed with `secret`, or None (used by the fake ZGW server in tests)."""
    try:
        header, claims, signature = token.split(".")
        expected = hmac.new(secret.encode("utf-8"), f"{header}.{claims}".encode("ascii"), hashlib.sha256).digest()
        if not hmac.compare_digest(_b64(expected), signature):
            return None
        return json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    except (ValueError, UnicodeError):
        return None


class TokenSource:
    """Hands out a token and renews it before the server would call it expired."""

    def __init__(self, client_id: str, secret: str, clock=time.time):
        self.client_id, self._secret, self._clock = client_id, secret, clock
        self._token, self._issued = "", 0.0

    def __repr__(self) -> str:  # the secret never ends up in a log line or traceback
        return f"TokenSource(client_id={self.client_id!r})"

    def token(self, *, renew: bool = False) -> str:
        now = self._clock()
        if renew or not self._token or now - self._issued > TOKEN_LIFETIME_SECONDS:
            self._token, self._issued = jwt_token(self.client_id, self._secret, issued_at=int(now)), now
        return self._token
