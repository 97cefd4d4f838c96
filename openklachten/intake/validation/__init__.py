"""Validate a Table against the Open Klachten Datastandaard: `validate(table, profile=None) -> Report`.

The profile (formeel or informeel) comes per row from Formeel/informeel unless one is forced. V0.2 files
(no column that is new in 1.0) are checked against what V0.2 required. Bad content ends up in the report;
this module never raises for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from openklachten import standard
from openklachten.intake.fields import Explained
from openklachten.intake.validation.columns import Failure, map_columns
from openklachten.intake.validation.messages import cell_message
from openklachten.intake.validation.notices import NamelessColumns, SynonymTally
from openklachten.intake.validation.report import Issue, Report, shown
from openklachten.intake.validation.rules import RULES, Context

__all__ = ["Issue", "Report", "Validation", "validate", "validate_chunks", "PROFILES", "ORGANISATION_TYPES"]

PROFILES = ("formeel", "informeel")
# Who delivers decides the afdoeningswijze list (V0.2: one list for ombudsmen, one for bestuursorganen).
ORGANISATION_TYPES = {"ombudsman": "afdoeningswijze_ombudsman", "bestuursorgaan": "afdoeningswijze_bestuursorgaan"}
# Without a usable Formeel/informeel value a row is checked as formal: the stricter profile.
DEFAULT_PROFILE = "formeel"


def _requirements(std, version: str, present: set) -> dict[str, tuple[list, list]]:
    """Per profile: (always required present columns, [(column, (field, code)) conditional ones])."""
    result = {}
    for name, profile in std.profiles.items():
        if version == std.version:
            always = [n for n in profile.always_required if n in present]
            conditional = [(n, c) for n, c in profile.conditional.items() if n in present]
        else:
            always = [n for n in profile.required_v02() if n in present]
            conditional = []
        result[name] = (always, conditional)
    return result


def _missing_columns(std, version: str, present: set, profiles_used: set, conditions_met: set) -> list:
    """Required attributes without a column, each reported once for the whole file."""
    missing = []
    for attribute in std.attributes:
        name = attribute.machine_name
        if name in present:
            continue
        for profile_name in profiles_used:
            profile = std.profile(profile_name)
            if version != std.version:
                needed = name in profile.required_v02()
            elif name in profile.always_required:
                needed = True
            else:
                condition = profile.conditional.get(name)
                needed = condition is not None and (condition[0] not in present or condition in conditions_met)
            if needed:
                missing.append(attribute)
                break
    return missing


def validate(table, profile: str | None = None, *, organisation_type: str | None = None, today=None) -> Report:
    """Check every row of a Table; the Report holds errors, warnings and one normalised record per row."""
    validation = Validation(table, profile, organisation_type=organisation_type, today=today)
    records, numbers = validation.check(table.rows)
    report = validation.finish()
    report.records, report.row_numbers = records, numbers
    return report


def validate_chunks(table, profile: str | None = None, *, organisation_type=None, today=None, chunk_rows=10_000):
    """Check a Table whose rows are read lazily, `chunk_rows` at a time, in bounded memory.

    Yields `(records, row_numbers)` per chunk; the last item is the finished Report (its records empty).
    Whole-file checks stay whole-file: missing columns and synonym notices are decided over all rows.
    """
    validation = Validation(table, profile, organisation_type=organisation_type, today=today)
    chunk = []
    for row in table.rows:
        chunk.append(row)
        if len(chunk) >= chunk_rows:
            yield validation.check(chunk)
            chunk = []
    if chunk:
        yield validation.check(chunk)
    yield validation.finish()


class Validation:
    """The checks of one file, fed its rows in chunks: `check(rows)` per chunk, then `finish()` for the Report."""

    def __init__(self, table, profile: str | None = None, *, organisation_type: str | None = None, today=None):
        std = self.std = standard.load()
        if profile is not None and profile not in std.profiles:
            raise ValueError(f"Onbekend profiel {profile!r}; kies uit {', '.join(std.profiles)}.")
        if organisation_type is not None and organisation_type not in ORGANISATION_TYPES:
            raise ValueError(
                f"Onbekend organisatietype {organisation_type!r}; kies uit {', '.join(ORGANISATION_TYPES)}."
            )
        self.table, self.profile = table, profile
        report = self.report = Report(
            rows=0,
            format=table.format,
            layout=table.layout,
            filename=table.filename,
            notes=list(table.notes),
            row_label=table.row_label,
        )
        overrides = {}
        if organisation_type:
            overrides["afdoeningswijze"] = std.codelist(ORGANISATION_TYPES[organisation_type])
        self.columns = columns = map_columns(table, std, report, overrides)
        self.present = present = {c.name for c in columns}
        report.version = std.version_of(present)
        if not columns:
            report.error(
                table.header_row,
                "",
                "",
                "geen_kolommen_herkend",
                "Geen enkele kolomnaam is herkend. Gebruik de kolomnamen van de Open Klachten-standaard "
                "(bijvoorbeeld Ontvangstdatum, Ontvangwijze, Status), zoals in het sjabloon.",
            )
        self.rules = RowRules(
            plan=[(c.index, c.name, c.label, c.memo, c.run) for c in columns],
            profile=profile,
            requirements=_requirements(std, report.version, present),
            all_conditions={c for p in std.profiles.values() for c in p.conditional.values()},
            fixed={name: std.profile(name).fixed_values for name in std.profiles},
            std=std,
            present=present,
            ctx=Context(report, std, today or dt.date.today(), present, organisation_type),
        )
        self.nameless = NamelessColumns(table)
        self.synonyms = SynonymTally(columns)

    def check(self, rows) -> tuple[list[dict], list]:
        """Convert and check a chunk of rows: (records, row numbers); problems go into the report."""
        rows = rows if isinstance(rows, list) else list(rows)
        records, numbers = [], []
        _check_rows(rows, self.rules, records, numbers)
        self.report.rows += len(rows)
        self.nameless.see(rows)
        self.synonyms.count(rows)
        return records, numbers

    def finish(self) -> Report:
        """The report, with what can only be said once every row was seen."""
        std, report, table, profile = self.std, self.report, self.table, self.profile
        ctx = self.rules.ctx
        self.nameless.warn(report)
        report.notices = self.synonyms.notices()
        used = ctx.profiles_used or {profile or DEFAULT_PROFILE}
        version_note = f" volgens V{report.version}" if report.version != std.version else ""
        report.errors[:0] = [
            Issue(
                table.header_row,
                attribute.label,
                "",
                "kolom_ontbreekt",
                f"De kolom {attribute.label} ontbreekt; die is verplicht{version_note}"
                + (" voor informele klachten." if used == {"informeel"} else ".")
                + " Voeg de kolom toe (zie het sjabloon).",
            )
            for attribute in _missing_columns(std, report.version, self.present, used, ctx.conditions_met)
        ]
        if not report.rows:
            report.warning(
                table.header_row, "", "", "geen_klachten", "Het bestand bevat alleen kolomnamen en geen klachten."
            )
        if self.columns and report.version != std.version:
            report.notes.append(
                f"Het bestand heeft geen kolommen die nieuw zijn in versie {std.version} (zoals Klacht-ID) "
                f"en is daarom gecontroleerd volgens V{report.version}."
            )
        report.close()
        return report


def _required(report, number, attribute, condition) -> None:
    if condition is None:
        reason = "vul een waarde in"
        if attribute.type == "code":
            reason = "kies een waarde uit de lijst"
        message = cell_message("verplicht", attribute.label, "", reason)
    else:
        std = standard.load()
        other = std.attribute(condition[0])
        codelist = std.codelists.get(other.codelist or "")
        shown_code = codelist.label(condition[1]) if codelist is not None and condition[1] in codelist else condition[1]
        message = f'{attribute.label} is verplicht als {other.label} "{shown_code}" is, maar is leeg.'
    report.error(number, attribute.label, "", "verplicht", message)


def _apply_fixed(report, number, record, fixed: dict, std, kind: str, present: set) -> None:
    """Informal complaints are always afgedaan 'zonder onderzoek': fill it in, or report another value."""
    for name, code in fixed.items():
        value = record.get(name)
        if value is None:
            record[name] = code
        elif value != code:
            attribute = std.attribute(name)
            codelist = std.codelist_for(name)
            label = codelist.label(code) if codelist is not None and code in codelist else code
            given = codelist.label(value) if codelist is not None and value in codelist else value
            report.error(
                number,
                attribute.label,
                given,
                f"{kind}_{name}",
                f'Bij een {std.profile(kind).label.lower()} is {attribute.label} altijd "{label}", niet "{given}".',
            )


def _split_organisation(record: dict) -> None:
    """Bestuursorgaan is stored as URI + official name; `bestuursorgaan` itself holds the URI (or name)."""
    organisation = record.get("gerelateerde_klacht_organisatie")
    if isinstance(organisation, dict):
        record["gerelateerde_klacht_organisatie"] = organisation["uri"] or organisation["naam"]
    if "bestuursorgaan" not in record:
        return
    found = record["bestuursorgaan"]
    if isinstance(found, dict):
        record["bestuursorgaan_uri"] = found["uri"]
        record["bestuursorgaan_naam"] = found["naam"]
        record["bestuursorgaan"] = found["uri"] or found["naam"]
    else:
        record["bestuursorgaan_uri"] = None
        record["bestuursorgaan_naam"] = None


def _explanation_dropped(report, number, label: str, code: str, std, name: str) -> None:
    codelist = std.codelist_for(name)
    shown_code = codelist.label(code) if codelist is not None and code in codelist else code
    report.warning(
        number,
        label,
        shown_code,
        "toelichting_niet_gepubliceerd",
        f'{label} is gelezen als "{shown_code}"; de toelichting erachter wordt niet gepubliceerd, '
        "want dit veld wordt niet geanonimiseerd. Zet de toelichting in de vrije tekst "
        "(Gedraging of Bevindingen): die wordt wel geanonimiseerd.",
    )


@dataclass
class RowRules:
    """What the per-row checks need, worked out once per file from its columns."""

    plan: list  # (index, name, label, memo, run) per recognised column
    profile: str | None
    requirements: dict
    all_conditions: set
    fixed: dict
    std: object
    present: set
    ctx: Context


def _check_rows(rows, rules: RowRules, records: list, numbers: list) -> None:
    """Convert and check rows; appends to records and numbers, problems to the report."""
    plan, profile, requirements, std, present = rules.plan, rules.profile, rules.requirements, rules.std, rules.present
    ctx, fixed, all_conditions = rules.ctx, rules.fixed, rules.all_conditions
    report = ctx.report
    profiles_used, conditions_met = ctx.profiles_used, ctx.conditions_met
    for row in rows:
        values, number = row.values, row.number
        record: dict = {}
        failed = set()
        for index, name, label, memo, run in plan:
            raw = values[index]
            if raw is None or raw == "" or (raw.__class__ is str and raw.isspace()) or raw == []:
                record[name] = None
                continue
            if memo is not None:
                try:
                    result = memo[raw]
                except KeyError:
                    result = memo[raw] = run(raw)
                except TypeError:  # an unhashable value (a list from JSON)
                    result = run(raw)
            else:
                result = run(raw)
            if result.__class__ is Failure:
                failed.add(name)
                record[name] = None
                report.error(
                    number, label, raw, result.code, cell_message(result.code, label, shown(raw), result.reason)
                )
            elif result.__class__ is tuple:
                record[name] = list(result)
            elif result.__class__ is Explained:
                record[name] = result.code
                _explanation_dropped(report, number, label, result.code, std, name)
            else:
                record[name] = result
        kind = profile or record.get("formeel_informeel") or DEFAULT_PROFILE
        profiles_used.add(kind)
        always, conditional = requirements[kind]
        for name in always:
            if record.get(name) is None and name not in failed:
                _required(report, number, std.attribute(name), None)
        for name, (other, code) in conditional:
            if record.get(other) == code and record.get(name) is None and name not in failed:
                _required(report, number, std.attribute(name), (other, code))
        for condition in all_conditions:
            if record.get(condition[0]) == condition[1]:
                conditions_met.add(condition)
        _apply_fixed(report, number, record, fixed[kind], std, kind, present)
        _split_organisation(record)
        for check in RULES:
            check(record, number, ctx)
        records.append(record)
        numbers.append(number)
