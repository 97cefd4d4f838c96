"""Render a raw text with a list of redactions into publishable text, and edit that list.

Used by the review queue: the publisher undoes or adds redactions on the raw text, and the
approved list is rendered here. Tokens follow the anonymiser's convention: `[TYPE-n]`, the same
value within one text gets the same number.
"""

import re
from dataclasses import dataclass

from openklachten.anonymisation.entities import REVIEW_BELOW


@dataclass(frozen=True)
class Segment:
    """A piece of the raw text; `type` is set when the piece is redacted."""

    text: str
    type: str = ""
    token: str = ""
    index: int = -1  # position in the entity list, for the undo button
    start: int = 0  # offset in the raw text, for selecting a new redaction in the browser
    confidence: float | None = None  # the anonymiser's certainty; low values are why the text is here

    @property
    def doubtful(self) -> bool:
        return self.confidence is not None and self.confidence < REVIEW_BELOW


def normalised(entities: list[dict], length: int) -> list[dict]:
    """Valid, sorted, non-overlapping entities (the longest wins on overlap)."""
    valid = [e for e in entities if 0 <= int(e["start"]) < int(e["end"]) <= length]
    valid.sort(key=lambda e: (int(e["start"]), -int(e["end"])))
    result, last_end = [], 0
    for entity in valid:
        if int(entity["start"]) >= last_end:
            result.append(entity)
            last_end = int(entity["end"])
    return result


def segments(raw: str, entities: list[dict]) -> list[Segment]:
    """The raw text cut into plain and redacted pieces, with the token each redaction becomes."""
    numbers: dict[tuple[str, str], int] = {}
    per_type: dict[str, int] = {}
    pieces, position = [], 0
    for _index, entity in enumerate(normalised(entities, len(raw))):
        start, end, kind = int(entity["start"]), int(entity["end"]), str(entity["type"]).upper()
        if start > position:
            pieces.append(Segment(raw[position:start], start=position))
        value = raw[start:end]
        if (kind, value.lower()) not in numbers:
            per_type[kind] = per_type.get(kind, 0) + 1
            numbers[(kind, value.lower())] = per_type[kind]
        token = f"[{kind}-{numbers[(kind, value.lower())]}]"
        pieces.append(Segment(value, kind, token, entities.index(entity), start, entity.get("confidence")))
        position = end
    if position < len(raw):
        pieces.append(Segment(raw[position:], start=position))
    return pieces


def render(raw: str, entities: list[dict]) -> str:
    """The publishable text: every redacted piece replaced by its token."""
    return "".join(piece.token or piece.text for piece in segments(raw, entities))


def without(entities: list[dict], index: int) -> list[dict]:
    """The list with one redaction undone."""
    return [entity for i, entity in enumerate(entities) if i != index]


def with_span(entities: list[dict], start: int, end: int, kind: str) -> list[dict]:
    """The list with one more redaction, added by the publisher."""
    return entities + [{"start": start, "end": end, "type": kind, "source": "handmatig", "confidence": 1.0}]


def with_phrase(raw: str, entities: list[dict], phrase: str, kind: str) -> list[dict]:
    """The list with every whole-word occurrence of a phrase redacted (case-insensitive)."""
    phrase = phrase.strip()
    if not phrase:
        return entities
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(raw):
        entities = with_span(entities, match.start(), match.end(), kind)
    return entities


def retyped(raw: str, entities: list[dict], index: int, kind: str) -> tuple[list[dict], int]:
    """The list with one redaction's type changed (e.g. NAAM -> FUNCTIE); returns (list, how many changed).

    Every redaction of the same value with the same type changes with it, so one value keeps one token;
    the numbering follows from `segments` (FUNCTIE-1, FUNCTIE-2, ... in reading order), without gaps.
    """
    target = entities[index]
    old = str(target["type"]).upper()
    value = raw[int(target["start"]) : int(target["end"])].lower()
    result, changed = [], 0
    for entity in entities:
        same = str(entity["type"]).upper() == old and raw[int(entity["start"]) : int(entity["end"])].lower() == value
        if same and old != kind:
            entity = {**entity, "type": kind, "source": "handmatig", "confidence": 1.0}
            changed += 1
        result.append(entity)
    return result, changed
