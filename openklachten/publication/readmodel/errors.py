"""Why the read model cannot answer right now; every one of these is a 503 with Retry-After on the public side."""

# What the public sees meanwhile (the operator's instruction is in the log and the failing command).
PUBLIC_STALE_MESSAGE = "De gepubliceerde gegevens worden bijgewerkt. Probeer het over een paar minuten opnieuw."
DEFAULT_RETRY_AFTER = 60  # seconds; used until a generation's build time gives a better estimate
RETRY_AFTER_RANGE = (5, 300)  # never ask a client to come back sooner than 5 s or later than 5 min


def stale_message() -> str:
    return (
        "Ingetrokken in het register, maar de publieke kopie is niet bijgewerkt: draai openklachten "
        "build_readmodel. Tot dan toont de publieke kant geen klachten."
    )


class ReadModelUnavailable(RuntimeError):
    """The read model cannot serve now; a rebuild has been requested."""

    retry_after = DEFAULT_RETRY_AFTER


class ReadModelMissing(ReadModelUnavailable):
    """No generation has been built at this path yet."""


class ReadModelDamaged(ReadModelUnavailable):
    """The current generation fails its check against meta.json (a file missing, truncated or changed)."""


class ReadModelStale(ReadModelUnavailable):
    """The current generation may still hold complaints the registry has withdrawn: it must not be served."""

    def __init__(self, detail: str = ""):
        super().__init__(detail or stale_message())


def with_retry_after(error: ReadModelUnavailable, build_seconds: float | None) -> ReadModelUnavailable:
    """Estimate Retry-After from how long the last build took."""
    if build_seconds:
        low, high = RETRY_AFTER_RANGE
        error.retry_after = int(min(high, max(low, build_seconds * 1.5)))
    return error
