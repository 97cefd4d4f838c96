"""Column headers to attributes: Dutch labels (1.0 and V0.2), aliases and machine names.

Matching ignores case, accents, spaces and punctuation ("Thema’s", "themas", "THEMA'S " are the same),
and a required-marker the template or a user added ("Ontvangstdatum *", "Status (verplicht)").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from openklachten import standard

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")

# Markers people and templates put after a header; stripped when the header does not match as is.
MARKERS = ("nietverplicht", "verplicht", "optioneel", "nieuw")


def header_key(text) -> str:
    """'  Thema’s (verplicht) ' -> 'themasverplicht': the comparable core of a header."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", plain.casefold())


class HeaderMatcher:
    """Finds the attribute (machine name) a column header stands for."""

    def __init__(self, names_by_attribute: dict[str, tuple[str, ...]]):
        self._index: dict[str, str] = {}
        # First pass: every attribute's own names; a later alias never shadows an earlier label.
        for machine_name, names in names_by_attribute.items():
            for name in names:
                self._index.setdefault(header_key(name), machine_name)
        self._index.pop("", None)
        self._cache: dict[str, str | None] = {}

    def match(self, header) -> str | None:
        """The machine name for a header, or None when it is not part of the standard."""
        if header is None:
            return None
        text = str(header)
        if text in self._cache:
            return self._cache[text]
        key = header_key(text)
        found = self._index.get(key)
        if found is None:
            for marker in MARKERS:
                if key.endswith(marker) and key[: -len(marker)] in self._index:
                    found = self._index[key[: -len(marker)]]
                    break
        self._cache[text] = found
        return found


@cache
def default_matcher() -> HeaderMatcher:
    """The matcher for the standard as shipped (labels and V0.2 labels first, then aliases)."""
    attributes = standard.load().attributes
    own = {a.machine_name: (a.label, a.label_v02, a.machine_name) for a in attributes}
    matcher = HeaderMatcher(own)
    for attribute in attributes:  # aliases second, so they cannot take over another attribute's label
        for alias in attribute.aliases:
            matcher._index.setdefault(header_key(alias), attribute.machine_name)
    return matcher
