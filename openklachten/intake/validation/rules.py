"""Rules across the fields of one record, and across the records of one file.

Each rule is a function `(record, row, context) -> None` that reports through `context.report`;
they register in RULES in the order their messages should appear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Context:
    """What rules share: the report, today's date, labels, and state across rows."""

    report: object
    std: object
    today: dt.date
    present: set
    organisation_type: str | None
    klacht_ids: dict = field(default_factory=dict)  # normalised klacht_id -> first row
    profiles_used: set = field(default_factory=set)  # profiles the rows turned out to have
    conditions_met: set = field(default_factory=set)  # (field, code) conditions some row fulfils
    gemeente_notes: dict = field(default_factory=dict)  # CBS code -> warning text ("" for a current gemeente)

    def label(self, name: str) -> str:
        return self.std.attribute(name).label


Rule = Callable[[dict, object, Context], None]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    RULES.append(function)
    return function


def _code_label(ctx: Context, name: str, code: str) -> str:
    codelist = ctx.std.codelists.get(ctx.std.attribute(name).codelist or "")
    return codelist.label(code) if codelist is not None and code in codelist else code


@rule
def dates_not_in_future(record, row, ctx):
    for name in ("ontvangstdatum", "datum_registratie", "datum_afhandeling"):
        day = record.get(name)
        if isinstance(day, dt.date) and day > ctx.today:
            ctx.report.error(
                row,
                ctx.label(name),
                day.isoformat(),
                "datum_in_toekomst",
                f"{ctx.label(name)} {day:%d-%m-%Y} ligt in de toekomst; "
                "controleer de datum (dag en maand omgewisseld?).",
            )


@rule
def dates_in_order(record, row, ctx):
    received = record.get("ontvangstdatum")
    if not isinstance(received, dt.date):
        return
    for name in ("datum_registratie", "datum_afhandeling"):
        day = record.get(name)
        if isinstance(day, dt.date) and day < received:
            ctx.report.error(
                row,
                ctx.label(name),
                day.isoformat(),
                "datum_voor_ontvangst",
                f"{ctx.label(name)} {day:%d-%m-%Y} ligt vóór de ontvangstdatum {received:%d-%m-%Y}; "
                "een klacht kan niet eerder geregistreerd of afgehandeld zijn dan ontvangen.",
            )


@rule
def closing_date_needs_closed_status(record, row, ctx):
    if record.get("status") == "in-behandeling" and record.get("datum_afhandeling"):
        ctx.report.warning(
            row,
            ctx.label("datum_afhandeling"),
            record["datum_afhandeling"].isoformat(),
            "afhandeling_bij_lopende_klacht",
            'Er is een datum afhandeling ingevuld, maar de status is "In behandeling"; klopt de status?',
        )


@rule
def related_complaint_complete(record, row, ctx):
    organisation = record.get("gerelateerde_klacht_organisatie")
    case_id = record.get("gerelateerde_klacht_id")
    if bool(organisation) != bool(case_id):
        missing = "gerelateerde_klacht_id" if organisation else "gerelateerde_klacht_organisatie"
        given = "gerelateerde_klacht_organisatie" if organisation else "gerelateerde_klacht_id"
        ctx.report.error(
            row,
            ctx.label(missing),
            "",
            "gerelateerde_klacht_onvolledig",
            f"{ctx.label(given)} is ingevuld maar {ctx.label(missing)} niet; vul beide in (om de tweedelijnsklacht "
            "aan de eerstelijnsklacht te koppelen) of laat beide leeg.",
        )
    elif organisation and record.get("eerstelijns_tweedelijns") == "eerstelijns":
        ctx.report.warning(
            row,
            ctx.label("gerelateerde_klacht_id"),
            case_id,
            "gerelateerde_klacht_bij_eerstelijns",
            "Een gerelateerde klacht hoort bij een tweedelijnsklacht, maar deze klacht is eerstelijns; klopt dat?",
        )


@rule
def skipped_first_line_only_for_second_line(record, row, ctx):
    if record.get("reden_overslaan_eerstelijns") and record.get("eerstelijns_tweedelijns") == "eerstelijns":
        ctx.report.warning(
            row,
            ctx.label("reden_overslaan_eerstelijns"),
            record["reden_overslaan_eerstelijns"],
            "reden_overslaan_bij_eerstelijns",
            "Een reden voor het overslaan van de eerstelijns procedure hoort alleen bij een tweedelijnsklacht.",
        )


@rule
def afdoeningswijze_fits_handler(record, row, ctx):
    """Without a known organisation type both lists are accepted; a value from the other list is worth a look."""
    code = record.get("afdoeningswijze")
    if not code or ctx.organisation_type or "eerstelijns_tweedelijns" not in ctx.present:
        return
    expected = ctx.std.codelist_for("afdoeningswijze", record)
    if expected is not None and code not in expected and record.get("eerstelijns_tweedelijns"):
        lijn = _code_label(ctx, "eerstelijns_tweedelijns", record["eerstelijns_tweedelijns"]).lower()
        ctx.report.warning(
            row,
            ctx.label("afdoeningswijze"),
            _code_label(ctx, "afdoeningswijze", code),
            "afdoeningswijze_andere_lijst",
            f'Afdoeningswijze "{_code_label(ctx, "afdoeningswijze", code)}" staat niet op de lijst voor '
            f"{lijn}klachten; controleer de afdoeningswijze of Eerstelijns/tweedelijns.",
        )


@rule
def unique_klacht_id(record, row, ctx):
    case_id = record.get("klacht_id")
    if not case_id:
        return
    key = case_id.strip().upper()
    first = ctx.klacht_ids.setdefault(key, row)
    if first != row:
        ctx.report.error(
            row,
            ctx.label("klacht_id"),
            case_id,
            "dubbele_klacht_id",
            f'Klacht-ID "{case_id}" komt al voor in {ctx.report.row_label.lower()} {first}; '
            "elke klacht heeft een eigen nummer.",
        )


@rule
def dissolved_gemeente(record, row, ctx):
    """A dissolved gemeente is accepted (old complaints), but the coordinator may have meant its successor."""
    code = record.get("woonplaats_klager")
    if not code:
        return
    note = ctx.gemeente_notes.get(code)
    if note is None:
        from openklachten.standard import reference

        found = reference.gemeente(code)
        note = ""
        if found is not None and not found.actueel:
            successors = ", ".join(f"{g.naam} ({g.cbs_code})" for g in found.huidige())
            note = f"Gemeente {found.naam} bestaat sinds {found.einddatum:%d-%m-%Y} niet meer" + (
                f"; ze is opgegaan in {successors}." if successors else "."
            )
        ctx.gemeente_notes[code] = note
    if note:
        ctx.report.warning(row, ctx.label("woonplaats_klager"), code, "opgeheven_gemeente", note)
