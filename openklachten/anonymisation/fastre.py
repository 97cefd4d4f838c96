"""Regex shapes the engine can skip through quickly (speed only: every rewrite here matches exactly the same).

Python's regex engine skips ahead to candidate positions only when a pattern starts with a literal character
or a character set. A pattern that starts with a look-behind or an alternation of words is instead tried at
every position of the text, which on a 600-character text costs tens of microseconds per pattern. The helpers
below write the same pattern with a literal first: the look-behind moves after the first character.
"""

import re
from collections.abc import Iterable


def words_after(not_before: str, alternatives: Iterable[str]) -> str:
    """`(?<![not_before])(?:w1|w2|...)` for literal words `w`, grouped by first character.

    Each group reads `c(?<![not_before]c)(?:rest|...)`: the look-behind, now two characters wide, tests the
    character before `c` exactly as the original tested the character before the match. Order within a group
    is kept, and words with different first characters can never match at the same place, so the first
    alternative that matches is the same as before. `not_before` is a character-set body such as `\\w` or
    `\\w.+-`.
    """
    return first_char_alternation(not_before, [(w[0], re.escape(w[1:])) for w in alternatives])


def first_char_alternation(not_before: str, alternatives: Iterable[tuple[str, str]]) -> str:
    """Like `words_after`, for (first character, rest as a regex) pairs; the first character is a literal."""
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        groups.setdefault(first, []).append(rest)
    parts = []
    for first, rests in groups.items():
        char = re.escape(first)
        parts.append(f"{char}(?<![{not_before}]{char})(?:{'|'.join(rests)})")
    return "(?:" + "|".join(parts) + ")"
