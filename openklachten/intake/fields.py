"""Cell values to record values, one converter per attribute type of the standard.

A converter turns one non-empty cell into the value a record holds (a date, a code, a list of codes,
a bool, trimmed text) or raises `Invalid` with a stable code and a Dutch reason. Converters of types
with few distinct values are memoised per column, which keeps 100,000 rows fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from openklachten.intake.dates import DateError, parse_date
from openklachten.standard import policy, reference

# Codes in error messages are listed in full up to this many; longer lists point to the code list instead.
MAX_LISTED_CHOICES = 12
# Values are echoed back in messages; long free text is cut so a report never repeats a whole complaint.
MAX_SHOWN_LENGTH = 60

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)
_LIST_SEPARATORS = re.compile(r"[;\n|]")


class Invalid(ValueError):
    """A cell value the standard does not accept."""

    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


def as_text(value) -> str:
    """A cell as trimmed text; whole numbers from Excel lose their '.0'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def shorten(text: str) -> str:
    """A value as it may be echoed in a message: at most MAX_SHOWN_LENGTH characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SHOWN_LENGTH else text[: MAX_SHOWN_LENGTH - 1] + "…"


@dataclass
class Converter:
    """How one column's cells become record values."""

    convert: Callable  # (value) -> record value, raises Invalid
    memoise: bool = True


def _choices(codelist) -> str:
    labels = [f'"{label}"' for label in codelist.labels]
    if len(labels) > MAX_LISTED_CHOICES:
        return f"kies een waarde uit de codelijst {codelist.name} ({len(labels)} waarden)"
    return "kies uit " + ", ".join(labels[:-1]) + f" of {labels[-1]}" if len(labels) > 1 else f"kies {labels[0]}"


def unknown_code_reason(codelist, text: str) -> str:
    suggestion = codelist.suggest(text)
    if suggestion:
        return f'bedoelt u "{suggestion}"?'
    return _choices(codelist)


@dataclass(frozen=True, slots=True)
class Explained:
    """A code typed with an explanation after it ("Anders, namelijk ..."): the code only.

    The explanation is dropped on purpose: it is free text that may name people, and a structured
    field is published without anonymisation. The validator warns that it belongs in the free text.
    """

    code: str


# "<label>, namelijk <uitleg>", "<label> namelijk: <uitleg>" or "<label>: <uitleg>".
_EXPLANATION = re.compile(r"^(?P<head>.+?)\s*(?:,?\s*\bnamelijk\b\s*:?|:)\s*(?P<explanation>\S.*)$", re.I | re.S)


def _open_code(codelist, code: str) -> bool:
    """A code that invites an explanation (the standard's publication policy defines which)."""
    return policy.is_open_code(codelist, code)


def _explained(codelist, text: str) -> Explained | None:
    found = _EXPLANATION.match(text)
    if found is None:
        return None
    head = found.group("head").strip(" ,-")
    code = codelist.match(head) or codelist.match(f"{head}, namelijk")
    return Explained(code) if code is not None and _open_code(codelist, code) else None


def code_converter(codelist) -> Converter:
    def convert(value):
        text = as_text(value)
        code = codelist.match(text)
        if code is None:
            explained = _explained(codelist, text)
            if explained is not None:
                return explained
            raise Invalid("onbekende_waarde", unknown_code_reason(codelist, text))
        return code

    return Converter(convert)


def boolean_converter(codelist) -> Converter:
    def convert(value):
        if isinstance(value, bool):
            return value
        code = codelist.match(as_text(value))
        if code is None:
            raise Invalid("ongeldige_janee", 'vul "Ja" of "Nee" in')
        return code == "ja"

    return Converter(convert)


def codes_converter(codelist) -> Converter:
    """Several codes in one cell, separated by ';' (or ','; labels that contain a comma are kept whole)."""

    def convert(value):
        if isinstance(value, list | tuple):
            parts = [as_text(v) for v in value]
        else:
            parts = [as_text(p) for p in _LIST_SEPARATORS.split(value if isinstance(value, str) else as_text(value))]
        codes, unknown = [], []
        for part in parts:
            _match_commas(part, codelist, codes, unknown)
        if unknown:
            hints = "; ".join(f'"{shorten(u)}": {unknown_code_reason(codelist, u)}' for u in unknown)
            raise Invalid("onbekende_waarde", f"onbekend: {hints}")
        if not codes:
            raise Invalid("verplicht", "vul minstens één waarde in")
        return tuple(dict.fromkeys(codes))  # a tuple: memoised results are shared between rows

    return Converter(convert)


def _match_commas(part: str, codelist, codes: list, unknown: list) -> None:
    tokens = [t for t in part.split(",")]
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):  # longest run of comma-joined tokens that is one value
            candidate = ",".join(tokens[i:j]).strip()
            code = codelist.match(candidate) if candidate else None
            if code:
                codes.append(code)
                i = j
                break
        else:
            if tokens[i].strip():
                unknown.append(tokens[i].strip())
            i += 1


def date_converter(_=None) -> Converter:
    def convert(value):
        try:
            return parse_date(value)
        except DateError as exc:
            raise Invalid("ongeldige_datum", str(exc)) from None

    return Converter(convert)


def _free_text(value) -> str:
    """Free text keeps its line breaks (paragraphs); only the ends are trimmed."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    return as_text(value)


def text_converter(_=None) -> Converter:
    return Converter(_free_text, memoise=False)


def url_converter(_=None) -> Converter:
    def convert(value):
        text = as_text(value)
        if not _URL.match(text):
            raise Invalid("ongeldige_url", "vul een volledig internetadres in dat begint met https://")
        return text

    return Converter(convert, memoise=False)


PRIVATE_BODY = re.compile(r"^\s*private uitvoeringsorganisatie\s*,?\s*(?:namelijk\s*:?\s*)?(?P<name>.*)$", re.I)


def organisation_converter(_=None) -> Converter:
    """TOOI URI, code or official name -> {'uri', 'naam'}; 'private uitvoeringsorganisatie, namelijk X' too."""

    def convert(value):
        text = as_text(value)
        found = reference.organisation(text)
        if found is not None:
            return {"uri": found.uri, "naam": found.naam}
        private = PRIVATE_BODY.match(text)
        if private and private.group("name").strip():
            return {"uri": "", "naam": text}
        raise Invalid(
            "onbekende_organisatie",
            "gebruik de TOOI-identifier (https://identifier.overheid.nl/tooi/id/...) of de officiële naam, "
            'zoals "Gemeente Amsterdam"',
        )

    return Converter(convert)


def gemeente_converter(_=None) -> Converter:
    """CBS gemeentecode (GM0363, 0363) or gemeente name -> 'GM0363'."""

    def convert(value):
        found = reference.gemeente(as_text(value))
        if found is None:
            raise Invalid("onbekende_gemeente", "gebruik de CBS-gemeentecode (bijvoorbeeld GM0363) of de gemeentenaam")
        return found.cbs_code

    return Converter(convert)


def id_converter(_=None) -> Converter:
    def convert(value):
        text = as_text(value)
        if len(text) > 100:  # types.ID_MAX_LENGTH: longer is a pasted text, not a case number
            raise Invalid("te_lang", "een klachtnummer is hoogstens 100 tekens")
        return text

    return Converter(convert, memoise=False)


# Attribute type (attributes.csv, column `type`) -> factory taking the attribute's code list (or None).
CONVERTERS: dict[str, Callable] = {
    "code": code_converter,
    "codes": codes_converter,
    "boolean": boolean_converter,
    "date": date_converter,
    "text": text_converter,
    "url": url_converter,
    "id": id_converter,
    "tooi_organisatie": organisation_converter,
    "cbs_gemeente": gemeente_converter,
}


def converter_for(attribute_type: str, codelist=None, max_length: int | None = None) -> Converter:
    """The converter for a type; unknown types are read as text so a new type never breaks intake.

    With `max_length` (the standard's maximum for the attribute) a longer cell is rejected before it is
    converted: the registry stores it in a column of that length, and a database must never be the one
    to refuse it.
    """
    converter = CONVERTERS.get(attribute_type, text_converter)(codelist)
    return converter if max_length is None else _limited(converter, max_length)


def _limited(converter: Converter, max_length: int) -> Converter:
    convert = converter.convert

    def limited(value):
        length = len(value.strip() if isinstance(value, str) else as_text(value))
        if length > max_length:
            raise Invalid("te_lang", f"hoogstens {max_length} tekens toegestaan, dit zijn er {length}")
        return convert(value)

    return Converter(limited, converter.memoise)
