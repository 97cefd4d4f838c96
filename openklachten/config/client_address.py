"""The visitor's address, trusting `X-Forwarded-For` only as far as our own proxies (OPENKLACHTEN_TRUSTED_PROXIES).

Each proxy appends the address it received the request from; the last N entries were written by our N proxies,
so the entry just before them is the client as our outermost proxy saw it. Anything earlier is whatever the
client chose to send and is never trusted. With no proxies the connection's own address is the only truth.
"""

from django.conf import settings


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies <= 0:
        return remote
    chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    # The last proxy's own peer is REMOTE_ADDR; XFF holds the hops before it.
    hops = chain + [remote]
    return hops[-(proxies + 1)] if len(hops) > proxies else hops[0]
