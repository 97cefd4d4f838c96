"""One text under analysis: the raw text, the names known from its record, and its keep-spans."""

from dataclasses import dataclass, field

from openklachten.anonymisation.entities import Entity


@dataclass
class Document:
    text: str
    names: tuple[str, ...] = ()
    # Spans that must survive (public bodies, places used as context, general numbers): [start, end)
    keep: list[tuple[int, int]] = field(default_factory=list)

    def is_kept(self, start: int, end: int) -> bool:
        return any(start < k_end and k_start < end for k_start, k_end in self.keep)

    def entity(self, start: int, end: int, type_: str, source: str, confidence: float = 0.9) -> Entity:
        return Entity(start, end, type_, source, confidence)
