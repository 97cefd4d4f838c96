"""The validation report as Dutch text for the command line: grouped per row, with a summary line."""

from __future__ import annotations

from collections import Counter

# A file with thousands of errors usually has a few causes; this many lines show them without flooding.
DEFAULT_MAX_LINES = 200

FORMAT_NAMES = {"csv": "CSV", "xlsx": "Excel (.xlsx)", "json": "JSON", "jsonl": "JSON Lines"}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe_file(report, table) -> str:
    parts = [FORMAT_NAMES.get(report.format, report.format)]
    if table is not None:
        if table.sheet:
            parts.append(f"werkblad '{table.sheet}'")
        if table.encoding and table.format == "csv":
            parts.append(
                {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 met BOM", "cp1252": "Windows-1252"}.get(
                    table.encoding, table.encoding
                )
            )
        if table.delimiter:
            parts.append("scheidingsteken " + {"\t": "tab"}.get(table.delimiter, table.delimiter))
    if report.layout == "kolommen":
        parts.append("één klacht per kolom")
    parts.append(f"standaard {report.version}")
    return ", ".join(parts)


# Issues about the file's columns rather than one complaint; grouped together at the top.
FILE_LEVEL = {"kolom_ontbreekt", "dubbele_kolom", "onbekende_kolom", "kolom_zonder_naam", "geen_kolommen_herkend"}


def _where(report, row) -> str:
    return "Hele bestand" if row is None else f"{report.row_label} {row}"


def column_positions(table) -> dict[str, str]:
    """Dutch column label -> where a spreadsheet user finds it ("kolom F"); empty for JSON."""
    if table is None or table.format in ("json", "jsonl"):
        return {}
    from openklachten import standard
    from openklachten.intake.headers import default_matcher
    from openklachten.intake.validation.columns import column_position

    matcher, std, positions = default_matcher(), standard.load(), {}
    for index, header in enumerate(table.headers):
        name = matcher.match(header)
        if name is not None:
            positions.setdefault(std.attribute(name).label, column_position(table, index))
    return positions


def _lines(report, issues, limit: int, positions: dict | None = None) -> list[str]:
    positions = positions or {}
    lines = []
    current = object()
    for shown_count, issue in enumerate(issues):
        if shown_count >= limit:
            lines.append(f"  ... en nog {len(issues) - limit} (alle meldingen: gebruik --json)")
            break
        group = "Kolommen" if issue.code in FILE_LEVEL else _where(report, issue.row)
        if group != current:
            lines.append(f"  {group}:")
            current = group
        value = f' [waarde: "{issue.value}"]' if issue.value and issue.value not in issue.message else ""
        column = f"{issue.column}: " if issue.column and issue.column not in issue.message else ""
        where = f" ({positions[issue.column]})" if issue.code not in FILE_LEVEL and issue.column in positions else ""
        lines.append(f"    - {column}{issue.message}{value}{where}")
    return lines


def _overview(issues) -> list[str]:
    counts = Counter((issue.column or "-", issue.code) for issue in issues)
    lines = ["  Overzicht per kolom en soort fout:"]
    for (column, code), n in counts.most_common(15):
        lines.append(f"    {n:>7}  {column} ({code.replace('_', ' ')})")
    return lines


def render(report, table=None, path: str | None = None, limit: int = DEFAULT_MAX_LINES) -> str:
    """The whole report as text."""
    name = path or report.filename or "bestand"
    lines = [f"Bestand: {name} ({describe_file(report, table)})"]
    lines += [f"Let op: {note}" for note in report.notes]
    positions = column_positions(table)
    if report.errors:
        lines.append("")
        lines.append(f"Fouten ({len(report.errors)}):")
        if len(report.errors) > 20:
            lines += _overview(report.errors)
            lines.append("")
        lines += _lines(report, report.errors, limit, positions)
    if report.warnings:
        lines.append("")
        lines.append(f"Waarschuwingen ({len(report.warnings)}):")
        lines += _lines(report, report.warnings, limit, positions)
    if getattr(report, "notices", None):
        lines.append("")
        lines.append(f"Gelezen als ({len(report.notices)}):")
        lines += _lines(report, report.notices, limit, positions)
    lines.append("")
    lines.append(summary(report))
    return "\n".join(lines)


def summary(report) -> str:
    klachten = _plural(report.rows, "klacht", "klachten")
    warnings = f", {_plural(len(report.warnings), 'waarschuwing', 'waarschuwingen')}" if report.warnings else ""
    if report.valid:
        return f"Resultaat: GELDIG. {klachten} gecontroleerd, geen fouten{warnings}."
    rows_with_errors = len({issue.row for issue in report.errors if issue.code not in FILE_LEVEL})
    where = f" in {rows_with_errors} van de {report.rows} klachten" if rows_with_errors else f" ({klachten})"
    return f"Resultaat: NIET GELDIG. {_plural(len(report.errors), 'fout', 'fouten')}{where}{warnings}."
