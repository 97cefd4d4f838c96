"""One text under analysis: the raw text, the names known from its record, and its keep-spans."""

import re
from dataclasses import dataclass, field
from functools import cached_property

from openklachten.anonymisation.entities import Entity

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def same_length_lower(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


@dataclass
class Document:
    text: str
    names: tuple[str, ...] = ()
    # Spans that must survive (public bodies, places used as context, general numbers): [start, end)
    keep: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def lower(self) -> str:
        """Lower-cased text with the same offsets ("İ" would otherwise become two characters)."""
        return same_length_lower(self.text)

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct lower-case words: detectors check their trigger words here before any regex runs."""
        found = set(WORD.findall(self.lower))
        found |= {part for word in found if "-" in word for part in word.split("-")}
        return frozenset(found)

    @cached_property
    def first_names(self) -> frozenset[str]:
        """The words of this text that the first-name list knows (in any case): a gate for name detectors."""
        from openklachten.anonymisation import lookup

        return self.words & lookup.first_names()

    def positions(self, word: str):
        """Start offsets of the whole-word occurrences of a lower-case word."""
        lower, size = self.lower, len(word)
        position = lower.find(word)
        while position >= 0:
            end = position + size
            if (position == 0 or not _word_char(lower[position - 1])) and (
                end == len(lower) or not _word_char(lower[end])
            ):
                yield position
            position = lower.find(word, position + 1)

    def has_any(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)

    def is_kept(self, start: int, end: int) -> bool:
        return any(start < k_end and k_start < end for k_start, k_end in self.keep)

    def entity(self, start: int, end: int, type_: str, source: str, confidence: float = 0.9) -> Entity:
        return Entity(start, end, type_, source, confidence)
