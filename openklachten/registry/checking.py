"""A check-only run ("alleen controleren"): everything an import checks, nothing stored.

The publisher sees the same errors the import would report (cells, duplicate ids, a file about another
organisation) before anything is published. Anonymisation is not run: it never refuses a file.
"""

from collections import Counter
from dataclasses import dataclass, field

from openklachten.registry import bestuursorgaan_check, components
from openklachten.registry.importer import (
    CHUNK_ROWS,
    MAX_ISSUES,
    ImportRefused,
    _chunks,
    _duplicate_errors,
    resolve_organisation,
)


@dataclass
class CheckResult:
    rows: int = 0
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    formeel: int = 0
    informeel: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def check_delivery(source, organisation, *, filename=None) -> CheckResult:
    """Read and validate a delivery as import_delivery would, chunk by chunk; raises ImportRefused for the
    same refusals."""
    organisation = resolve_organisation(organisation)
    seen_keys: dict[str, int] = {}
    other_bodies = bestuursorgaan_check.OtherBodies(organisation)
    duplicates, kinds = [], Counter()
    try:
        table = components.open_table(source, filename=filename)
        validation = components.validation(table, organisation.type)
        for chunk in _chunks(table.rows, CHUNK_ROWS):
            records, numbers = validation.check(chunk)
            other_bodies.add(records, numbers)
            duplicates += _duplicate_errors(records, numbers, seen_keys)[: MAX_ISSUES - len(duplicates)]
            kinds.update(str(r.get("formeel_informeel") or "") for r in records)
        report = validation.finish()
    except components.UnreadableFile as exc:
        raise ImportRefused(str(exc)) from exc
    misfiled = other_bodies.message()
    if misfiled:
        raise ImportRefused(misfiled)
    return CheckResult(
        rows=report.rows,
        errors=list(report.errors) + duplicates,
        warnings=list(report.warnings),
        formeel=kinds["formeel"],
        informeel=kinds["informeel"],
    )
