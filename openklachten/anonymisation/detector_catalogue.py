"""The detector catalogue: every family of detectors registers here, the built-ins included.

A detector is a function `(doc: Document) -> Iterable[Entity]`. Families live in `detectors/`, one module
each; importing `detectors` registers them all. Extra detectors (a plugin, a test) use `register` too.
"""

from collections.abc import Callable, Iterable

from openklachten.anonymisation.entities import Entity

Detector = Callable[["Document"], Iterable[Entity]]  # noqa: F821 (Document lives in document.py)

DETECTORS: dict[str, Detector] = {}


def register(name: str) -> Callable[[Detector], Detector]:
    """Decorator: add a detector under a unique name (the `source` of what it finds)."""

    def wrap(func: Detector) -> Detector:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} is al geregistreerd")
        DETECTORS[name] = func
        return func

    return wrap


def all_detectors() -> dict[str, Detector]:
    import openklachten.anonymisation.detectors  # noqa: F401  (registers the built-ins)

    return DETECTORS
