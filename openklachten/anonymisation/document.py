"""One text under analysis: the raw text, the names known from its record, and its keep-spans."""

import re
from dataclasses import dataclass, field
from functools import cached_property

from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.fastre import ascii_delimiters, distinct_runs

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
WORD_RUN = re.compile(r"\w+")
# ASCII characters outside \w become spaces: splitting then gives the maximal \w runs of an ASCII text.
_NON_WORD_ASCII = str.maketrans({c: " " for c in map(chr, range(128)) if not re.match(r"\w", c)})
# ASCII characters that WORD cannot hold become spaces (fastre.distinct_runs): a piece of letters only is a match.
_WORD_DELIMITERS = ascii_delimiters(lambda c: c.isalpha() or c in "-'")
# The only characters that a case-insensitive ASCII letter matches but whose lower() differs (İ, ı, ſ).
CASE_FOLD_ODD = frozenset("İıſ")


# Per suffix tuple: the words seen so far that end in one of them, and those that do not. endswith() with dozens
# of suffixes on every word of every text was ~3 % of the engine's instructions; words recur from text to text.
_ENDINGS: dict[tuple[str, ...], tuple[set[str], set[str]]] = {}
_ENDINGS_LIMIT = 200_000  # a long-running worker: keep memory bounded


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
        found = distinct_runs(self.lower, WORD, _WORD_DELIMITERS, str.isalpha)
        found |= {part for word in found if "-" in word for part in word.split("-")}
        return frozenset(found)

    @cached_property
    def tokens(self) -> frozenset[str]:
        """The maximal \\w runs of the lower-cased text: `(?<!\\w)word(?!\\w)` can match only if `word` is here.

        A gate for patterns that start with a word alternation: when none of their first words is in this
        set they cannot match, and the regex engine need not try them at every position of the text.
        """
        return frozenset(distinct_runs(self.lower, WORD_RUN, _NON_WORD_ASCII, str.isalnum))

    @cached_property
    def plain_case(self) -> bool:
        """No character that (?i) matching and lower() treat differently: (?i) patterns can be gated on `tokens`."""
        return self.text.isascii() or CASE_FOLD_ODD.isdisjoint(self.text)

    def may_match(self, first_words: frozenset[str], ignore_case: bool = False) -> bool:
        """False only when a pattern whose matches start with one of `first_words` as a whole \\w run cannot match."""
        if ignore_case and not self.plain_case:
            return True
        return not self.tokens.isdisjoint(first_words)

    @cached_property
    def first_names(self) -> frozenset[str]:
        """The words of this text that the first-name list knows (in any case): a gate for name detectors."""
        from openklachten.anonymisation import lookup

        return self.words & lookup.first_names()

    def ending_in(self, suffixes: tuple[str, ...]) -> frozenset[str]:
        """The words of this text that end in one of `suffixes` (each distinct word tested once per process)."""
        seen = _ENDINGS.get(suffixes)
        if seen is None or len(seen[1]) > _ENDINGS_LIMIT:
            seen = _ENDINGS[suffixes] = (set(), set())
        hits, misses = seen
        for word in self.words - hits - misses:
            (hits if word.endswith(suffixes) else misses).add(word)
        return self.words & hits

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
