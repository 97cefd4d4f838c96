"""A check-only run ("alleen controleren"): everything an import checks, nothing stored.

The publisher sees the same errors the import would report (cells, duplicate ids, a file about another
organisation, a file with only a header row) before anything is published: both run importer.check_file.
Anonymisation is not run; the only refusal it can add (a value grown past its column, registry/lengths.py)
is left to the import.
"""

from collections import Counter
from dataclasses import dataclass, field

from openklachten.registry.importer import check_file, resolve_organisation


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
    """Read and validate a delivery with the import's own checks (importer.check_file); raises ImportRefused
    for the same refusals, a file with only a header row included."""
    organisation = resolve_organisation(organisation)
    kinds = Counter()

    def count(records, numbers, failed):
        kinds.update(str(r.get("formeel_informeel") or "") for r in records)

    checked = check_file(source, filename, organisation, count)
    report = checked.report
    return CheckResult(
        rows=report.rows,
        errors=list(report.errors) + checked.duplicates,
        warnings=list(report.warnings),
        formeel=kinds["formeel"],
        informeel=kinds["informeel"],
    )
