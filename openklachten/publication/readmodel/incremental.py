"""Which organisations a rebuild reads again from the registry, and which parts it takes over (writer.Reuse).

An organisation's parts (parts.py) are taken over only when all of these hold; otherwise it is read again:
- the previous generation counts the same registry (epoch) and is not marked STALE;
- the registry's change log (registry.sequence.changed_organisations) names the organisations of every change
  since that generation, and this organisation is not among them;
- its fingerprint (public attributes, count and id sum of its published complaints) is what it was when its
  parts were written: a complaint that left the public set by any path, logged or not, is never taken over.
When the log cannot say (a gap, a change without organisation) everything is read again (a full rebuild).
"""

import logging
from dataclasses import dataclass, field
from pathlib import Path

from openklachten.publication.readmodel import generations, parts, source, writer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Plan:
    fingerprints: dict  # code -> source.published_fingerprints() entry, kept with the parts written
    reuse: writer.Reuse | None = None  # None: a full rebuild
    read_again: frozenset = field(default_factory=frozenset)  # organisation ids to read (with reuse)
    why_full: str = ""


def registry_version() -> str:
    """The registry's applied migrations: a data migration may change published rows without a logged change,
    so parts written under other migrations are never taken over (parts.signature)."""
    import hashlib

    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder.Migration.objects.order_by("app", "name").values_list("app", "name")
    return hashlib.sha256(repr(list(applied)).encode()).hexdigest()


def enabled() -> bool:
    from django.conf import settings

    return bool(getattr(settings, "READMODEL_INCREMENTAL", False))


def plan(root: Path, state, *, full: bool = False) -> Plan:
    """Decide for the registry `state` (registry.sequence.snapshot(), read before any row)."""
    from openklachten.registry import sequence

    fingerprints = source.published_fingerprints()
    if full or not enabled():
        return Plan(fingerprints, why_full="gevraagd" if full else "uitgeschakeld")
    gen = generations.current_dir(root)
    if gen is None or (root / generations.STALE_FILE).exists():
        return Plan(fingerprints, why_full="geen bruikbare vorige generatie")
    meta = generations.read_meta(gen)
    previous = generations.sequence(meta, state.epoch)
    stored = (meta.get(parts.DIR) or {}).get("organisaties")
    if previous < 0 or previous > state.number or not isinstance(stored, dict):
        return Plan(fingerprints, why_full="vorige generatie van een andere telling of zonder delen")
    changed = sequence.changed_organisations(previous, state.number)
    if changed is None:
        return Plan(fingerprints, why_full="wijzigingslog onvolledig of zonder organisatie")
    changed_codes = {code for code, found in fingerprints.items() if found["id"] in changed}
    keep = frozenset(
        code
        for code, entry in stored.items()
        if code in fingerprints
        and code not in changed_codes
        and entry.get("vingerafdruk") == parts.fingerprint(fingerprints, code)
    )
    read_again = frozenset(
        found["id"] for code, found in fingerprints.items() if code not in keep and found["klachten"][0] > 0
    )
    return Plan(fingerprints, writer.Reuse(gen, keep), read_again)
