"""The registry's seams to the components on its left: intake and anonymisation.

Each function calls the contract of docs/architecture.md. While a component has not landed yet
(ImportError), a deliberately small fallback keeps the pipeline honest: the fallback for the
anonymiser publishes NO free text at all, rather than unchecked text.
"""

import csv
import datetime as dt
import importlib
import io
from dataclasses import dataclass, field

from django.conf import settings

ANONYMISER_MISSING = "Vrije tekst niet gepubliceerd: de anonimiseerder is nog niet beschikbaar."


# --- intake -------------------------------------------------------------------------------------


class UnreadableFile(Exception):
    """A file that cannot be read as a table; the message is Dutch and shown to the publisher."""


def _contract(module_name: str, *names: str):
    """The named functions of a component's module, or None while it has not landed (complete)."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = [getattr(module, name, None) for name in names]
    return None if None in found else found


def read_table(source, filename=None):
    contract = _contract("openklachten.intake.readers", "read_table", "UnreadableFile")
    if contract is None:
        return _fallback_read(source)
    reader, unreadable = contract
    try:
        return reader(source, filename=filename)
    except unreadable as exc:
        raise UnreadableFile(str(exc)) from exc


def validate(table):
    contract = _contract("openklachten.intake.validation", "validate")
    if contract is None:
        return _fallback_validate(table)
    return contract[0](table)


@dataclass
class _Error:
    row: int
    column: str
    value: str
    code: str
    message: str


@dataclass
class _Report:
    rows: int = 0
    errors: list = field(default_factory=list)
    records: list = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


def _fallback_read(source):
    """CSV only, header row first: enough until openklachten.intake.readers lands."""
    data = source.read() if hasattr(source, "read") else open(source, "rb").read()
    try:
        text = data.decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text), delimiter=";" if text.count(";") > text.count(",") else ","))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UnreadableFile(f"Het bestand is geen leesbare CSV (UTF-8): {exc}") from exc


_BOOLEANS = {"ja": True, "nee": False}
_DATES = ("ontvangstdatum", "datum_registratie", "datum_afhandeling")


def _fallback_validate(rows):
    """Machine-name columns, ISO dates, ja/nee; the real rules live in openklachten.intake."""
    if hasattr(rows, "headers"):  # an intake Table: headers plus numbered rows
        rows = [(row.number, dict(zip(rows.headers, row.values))) for row in rows.rows]
    else:
        rows = list(enumerate(rows, start=2))
    report = _Report(rows=len(rows))
    for number, raw in rows:
        record = {key.strip(): str(value or "").strip() for key, value in raw.items() if key}
        for name in ("klacht_id", "ontvangstdatum"):
            if not record.get(name):
                report.errors.append(_Error(number, name, "", "verplicht", f"'{name}' is verplicht."))
        for name in _DATES:
            if record.get(name):
                try:
                    record[name] = dt.date.fromisoformat(record[name])
                except ValueError:
                    report.errors.append(
                        _Error(number, name, record[name], "datum", "Geen geldige datum (jjjj-mm-dd).")
                    )
            else:
                record[name] = None
        for name in ("verdaagd", "adviescommissie", "herziening"):
            record[name] = _BOOLEANS.get(record.get(name, "").lower())
        record["themas"] = [t.strip() for t in record.get("themas", "").split(";") if t.strip()]
        report.records.append(record)
    return report


# --- anonymisation ------------------------------------------------------------------------------


@dataclass
class Anonymised:
    """What the registry needs from the anonymiser for one text."""

    text: str
    entities: list
    needs_review: bool
    withheld_reason: str = ""
    raw: str = ""  # the input text; stored only in the review quarantine


def _entity_dict(entity) -> dict:
    get = entity.get if isinstance(entity, dict) else lambda name, default=None: getattr(entity, name, default)
    return {
        "start": get("start"),
        "end": get("end"),
        "type": get("type"),
        "source": get("source", ""),
        "confidence": get("confidence", None),
    }


def anonymise_texts(items: list[tuple[str, tuple]]) -> list[Anonymised]:
    """Anonymise (text, known names) pairs, in order."""
    contract = _contract("openklachten.anonymisation", "anonymise_many")
    if contract is None:
        return [Anonymised("", [], False, ANONYMISER_MISSING) for _ in items]
    # Identical texts are common (standard phrases, team names): anonymise each distinct one once.
    unique = list(dict.fromkeys((text, tuple(names)) for text, names in items))
    by_item = dict(zip(unique, contract[0](unique)))  # the engine spreads them over the cores
    results = [by_item[(text, tuple(names))] for text, names in items]
    return [
        Anonymised(r.text, [_entity_dict(e) for e in r.entities], bool(getattr(r, "needs_review", False)))
        for r in results
    ]


def reason_to_withhold(record: dict) -> str | None:
    contract = _contract("openklachten.anonymisation.exclusions", "reason_to_withhold")
    return _fallback_youth_care(record) if contract is None else contract[0](record)


def _fallback_youth_care(record: dict) -> str | None:
    """Default exclusion of issue 4: youth care (Iv3 6.72-6.82) keeps its free text unpublished."""
    taakveld = str(record.get("iv3_taakveld") or "")
    try:
        major, minor = (int(part) for part in taakveld.split(".")[:2])
    except ValueError:
        return None
    if major == 6 and 72 <= minor <= 82:
        return "Jeugdhulp: vrije tekst wordt niet gepubliceerd."
    return None


QUASI_IDENTIFIERS = ("woonplaats_klager", "leeftijdsgroep", "type_klager")


def generalise(records: list[dict]) -> list[dict]:
    """k-anonymity over the quasi-identifiers; returns the records (generalised) in order."""
    k = settings.K_ANONYMITY
    contract = _contract("openklachten.anonymisation.structured", "generalise")
    if contract is None:
        return _fallback_suppress(records, k)
    result = contract[0](records, k)
    return records if result is None else list(result)


def _fallback_suppress(records: list[dict], k: int) -> list[dict]:
    """Blank the place and age group of combinations that describe fewer than k complaints."""
    counts: dict[tuple, int] = {}
    for record in records:
        combo = tuple(record.get(name) or "" for name in QUASI_IDENTIFIERS)
        counts[combo] = counts.get(combo, 0) + 1
    for record in records:
        combo = tuple(record.get(name) or "" for name in QUASI_IDENTIFIERS)
        if counts[combo] < k:
            record["woonplaats_klager"] = ""
            record["leeftijdsgroep"] = ""
    return records
