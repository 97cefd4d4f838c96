"""Regex shapes the engine can skip through quickly (speed only: every rewrite here matches exactly the same).

Python's regex engine skips ahead to candidate positions only when a pattern starts with a literal character
or a character set. A pattern that starts with a look-behind or an alternation of words is instead tried at
every position of the text, which on a 600-character text costs tens of microseconds per pattern. The helpers
below either write the same pattern with a literal first (the look-behind moves after the first character), or
try a pattern only at the places where one of its literal openings stands (`occurrences` + `finditer_at`).
"""

import re
from collections.abc import Callable, Iterable


def first_char_alternation(not_before: str, alternatives: Iterable[tuple[str, str]]) -> str:
    """`(?<![not_before])(?:a|b|...)` for alternatives given as (first character, rest as a regex) pairs.

    Grouped by first character, each group reads `c(?<![not_before]c)(?:rest|...)`: the look-behind, now two
    characters wide, tests the character before `c` exactly as the original tested the character before the
    match. Order within a group is kept, and alternatives with different first characters can never match at
    the same place, so the first alternative that matches is the same as before. `not_before` is a
    character-set body such as `\\w-`.
    """
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        groups.setdefault(first, []).append(rest)
    parts = []
    for first, rests in groups.items():
        char = re.escape(first)
        parts.append(f"{char}(?<![{not_before}]{char})(?:{'|'.join(rests)})")
    return "(?:" + "|".join(parts) + ")"


def occurrences(text: str, literals: Iterable[str], word_start: bool = False) -> list[int]:
    """Sorted offsets where one of `literals` occurs in `text` (with `word_start`, only after a non-\\w character).

    For a pattern whose every match begins with one of `literals`, these offsets hold every place a match can
    start: `finditer_at` then tries the pattern there only instead of at every position of the text.
    """
    found = set()
    for literal in literals:
        position = text.find(literal)
        while position >= 0:
            if not word_start or position == 0 or not _word_char(text[position - 1]):
                found.add(position)
            position = text.find(literal, position + 1)
    return sorted(found)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # the regex engine's \w


def finditer_at(pattern: re.Pattern, text: str, starts: list[int]):
    """`pattern.finditer(text)` when every match starts at one of the sorted offsets `starts` (non-empty matches).

    The same matches: finditer takes the leftmost match, continues where it ended, and a match found by
    `pattern.match(text, start)` is the one a scan would find at that start (look-behinds and `^` still see the
    whole text).
    """
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            end = match.end()


def ascii_delimiters(in_run: Callable[[str], bool]) -> dict[int, str]:
    """A str.translate table that turns every ASCII character outside a run (`in_run` false) into a space."""
    return str.maketrans({c: " " for c in map(chr, range(128)) if not in_run(c)})


def distinct_runs(text: str, pattern: re.Pattern, delimiters: dict[int, str], whole: Callable[[str], bool]) -> set[str]:
    """`set(pattern.findall(text))` for a pattern that matches runs of characters, with few regex matches.

    The regex engine pays ~2,000 instructions per match; a text has ~90 words. So the text is split first (an
    ASCII text after `delimiters`, from `ascii_delimiters`, blanked what no match can hold; other text at
    whitespace only, since translate() is slow there), and only the pieces for which `whole` fails (e.g. "zat."
    or "e-mail" for `str.isalpha`) go through `pattern`. Requires: `pattern` has no look-around and never matches
    whitespace, and a piece for which `whole` holds is exactly one match.
    """
    pieces = set(text.translate(delimiters).split() if text.isascii() else text.split())
    odd = [piece for piece in pieces if not whole(piece)]
    if odd:
        pieces.difference_update(odd)
        pieces.update(pattern.findall(" ".join(odd)))
    return pieces
