"""The audit log's API: `record(action, organisation, ...)`, called by the services themselves.

The services (import, withdrawal, review, tokens, report texts, ZGW sync) record what they did, so an
action is logged the same way from the web, the delivery API, the commands and the background jobs.
Who acted comes from `acting_as(...)`, set by the web middleware, the delivery API, the import job and
the commands; without it the actor is "systeem".

Privacy: an entry holds identifiers and counts only. `record` refuses any detail that is not a number
or a short code, so raw text or personal data cannot slip into the log by accident.
"""

import contextvars
import re
from contextlib import contextmanager
from dataclasses import dataclass

from openklachten.registry.models import AuditAction, AuditEntry

__all__ = ["Actor", "AuditAction", "acting_as", "current", "record"]


@dataclass(frozen=True)
class Actor:
    """Who acts: a user, an API token, or the system itself; `channel` says through what."""

    name: str
    channel: str
    user: object = None
    token: object = None


SYSTEM = Actor("systeem", "systeem")
_current: contextvars.ContextVar[Actor | None] = contextvars.ContextVar("audit_actor", default=None)

# A detail is a count or a code (field name, redaction type, period, channel, submission id); never free text.
CODE = re.compile(r"^[A-Za-z0-9_.:\-]{1,40}$")


def actor_for(user=None, token=None, channel: str = "web") -> Actor:
    if user is not None and getattr(user, "is_authenticated", False):
        return Actor(user.get_username()[:150], channel, user=user)
    if token is not None:
        return Actor(f"token {token.prefix}…", channel, token=token)
    return Actor(SYSTEM.name, channel)


@contextmanager
def acting_as(user=None, token=None, channel: str = "web"):
    """Every action recorded inside this block is attributed to this user, token or (neither) the system."""
    reset = _current.set(actor_for(user, token, channel))
    try:
        yield
    finally:
        _current.reset(reset)


def current() -> Actor:
    return _current.get() or SYSTEM


def _checked(details: dict) -> dict:
    clean = {}
    for key, value in details.items():
        if value is None:
            continue
        if isinstance(value, bool) or isinstance(value, int):
            clean[key] = value
        elif isinstance(value, str) and CODE.match(value):
            clean[key] = value
        else:
            raise ValueError(f"Logboekgegeven {key!r} is geen getal of code; vrije tekst hoort niet in het logboek.")
    return clean


def record(action: AuditAction, organisation, *, delivery=None, complaint=None, **details) -> AuditEntry:
    """Log one action for one organisation (an Organisation or its id), in the caller's transaction."""
    actor = current()
    return AuditEntry.objects.create(
        organisation_id=getattr(organisation, "pk", organisation),
        action=action,
        actor=actor.name,
        channel=actor.channel,
        user=actor.user,
        token=actor.token,
        delivery_id=getattr(delivery, "pk", delivery),
        complaint_public_id=getattr(complaint, "public_id", complaint) or "",
        details=_checked(details),
    )
