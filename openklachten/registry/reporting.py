"""The Dutch validation report and import summary, as plain text for the command line."""

import dataclasses

from openklachten.intake import textreport
from openklachten.registry.importer import ImportResult

MAX_PRINTED_ERRORS = 200  # a badly mapped file gives thousands; the first few hundred show the pattern


def error_table(result: ImportResult) -> str:
    """The validation report as `openklachten validate` prints it: Excel's row numbers, column letters, hints."""
    head = f"De levering is NIET opgeslagen: {len(result.errors)} fout(en) in {result.rows} rij(en)."
    if result.report is not None:
        report = dataclasses.replace(result.report, errors=result.errors, warnings=result.warnings)
        advice = "Verbeter het bestand en importeer het opnieuw; alleen controleren kan met `openklachten validate`."
        body = textreport.render(report, result.table, limit=MAX_PRINTED_ERRORS)
        return "\n".join([head, "", body, "", advice])
    return _plain_table(head, result)


def _plain_table(head: str, result: ImportResult) -> str:
    lines = [head, ""]
    lines.append(f"{'rij':>5}  {'kolom':<28} {'waarde':<24} melding")
    for error in result.errors[:MAX_PRINTED_ERRORS]:
        value = str(error.value or "")[:24]
        lines.append(f"{error.row:>5}  {str(error.column or ''):<28} {value:<24} {error.message}")
    if len(result.errors) > MAX_PRINTED_ERRORS:
        lines.append(f"… en nog {len(result.errors) - MAX_PRINTED_ERRORS} fout(en).")
    return "\n".join(lines)


def summary(result: ImportResult) -> str:
    return (
        f"Aanlevering {result.delivery.pk} opgeslagen voor {result.delivery.organisation.name}: "
        f"{result.created} nieuw, {result.updated} bijgewerkt, {result.in_review} wachten op controle, "
        f"{result.withheld} met achtergehouden tekst."
        + (f" {result.skipped_withdrawn} overgeslagen (eerder ingetrokken)." if result.skipped_withdrawn else "")
        + (f" {len(result.warnings)} waarschuwing(en), zie `openklachten validate`." if result.warnings else "")
    )
