"""A check-only run ("alleen controleren"): everything an import checks, nothing stored.

The publisher sees the same errors the import would report (cells, duplicate ids, a file about another
organisation) before anything is published. Anonymisation is not run: it never refuses a file.
"""

import io
from dataclasses import dataclass, field

from openklachten.registry import bestuursorgaan_check, components
from openklachten.registry.importer import ImportRefused, _duplicate_errors, _read_bytes, resolve_organisation


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
    """Read and validate a delivery as import_delivery would; raises ImportRefused for the same refusals."""
    organisation = resolve_organisation(organisation)
    data, filename = _read_bytes(source, filename)
    try:
        table = components.read_table(io.BytesIO(data), filename=filename)
    except components.UnreadableFile as exc:
        raise ImportRefused(str(exc)) from exc
    report = components.validate(table, organisation.type)
    records = list(report.records)
    misfiled = bestuursorgaan_check.mismatch_message(organisation, records, report.row_numbers)
    if misfiled:
        raise ImportRefused(misfiled)
    kinds = [str(r.get("formeel_informeel") or "") for r in records]
    return CheckResult(
        rows=report.rows,
        errors=list(report.errors) + _duplicate_errors(records, report.row_numbers),
        warnings=list(report.warnings),
        formeel=kinds.count("formeel"),
        informeel=kinds.count("informeel"),
    )
