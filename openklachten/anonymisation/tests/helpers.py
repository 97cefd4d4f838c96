"""Small helpers for the anonymisation tests."""

from openklachten.anonymisation import anonymise


def found(text: str, type_: str | None = None, names=()) -> list[str]:
    """The detected values (optionally of one type) in the order they occur."""
    result = anonymise(text, names)
    return [text[e.start : e.end] for e in result.entities if type_ is None or e.type == type_]


def redacted(text: str, names=()) -> str:
    return anonymise(text, names).text


def value_gone(text: str, value: str) -> bool:
    """Whether `value` no longer appears in the anonymised text."""
    return value not in anonymise(text).text


def value_kept(text: str, value: str) -> bool:
    """Whether `value` survives anonymisation."""
    return value in anonymise(text).text
