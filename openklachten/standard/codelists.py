"""Code lists of the standard: codes (stored), labels (for people) and synonyms (accepted on input)."""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BASE_COLUMNS = ("code", "label", "synoniemen", "toelichting")

# Distinct spellings remembered per list by match(): a delivery repeats the same few values thousands of
# times, and a cap keeps memory bounded when a file is full of unique garbage.
MATCH_MEMO_SIZE = 10_000

# difflib ratio below which a suggestion would confuse more than help ("mail" -> "E-mail" is ~0.8).
SUGGEST_CUTOFF = 0.6


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive key: ' Geïnformeerd ' -> 'geinformeerd'."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def loose(text: str) -> str:
    """Looser key that also ignores hyphens, underscores, slashes and dots between words."""
    return re.sub(r"[\s\-_/.]+", " ", normalise(text)).strip()


@dataclass(frozen=True)
class Code:
    """One allowed value of a code list."""

    code: str
    label: str
    synonyms: tuple[str, ...] = ()
    toelichting: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)


class CodeList:
    """An ordered list of codes with lookup by code, label or synonym."""

    def __init__(self, name: str, codes: list[Code] | tuple[Code, ...]):
        self.name = name
        self.items: tuple[Code, ...] = tuple(codes)
        self._by_code = {item.code: item for item in self.items}
        self._exact: dict[str, str] = {}
        self._memo: dict[str, str | None] = {}
        self._loose: dict[str, str] = {}
        # Codes first, then labels, then synonyms: a synonym never shadows another entry's code or label.
        # "6.72 Maatwerkdienstverlening 18-": code and label together, as other systems often export them.
        for keys in (
            lambda i: [i.code],
            lambda i: [i.label, f"{i.code} {i.label}"],
            lambda i: list(i.synonyms),
        ):
            for item in self.items:
                for key in keys(item):
                    self._exact.setdefault(normalise(key), item.code)
                    self._loose.setdefault(loose(key), item.code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.items)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(item.label for item in self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __repr__(self) -> str:
        return f"CodeList({self.name!r}, {len(self)} codes)"

    def get(self, code: str) -> Code | None:
        return self._by_code.get(code)

    def label(self, code: str) -> str:
        """The label for a code; KeyError for an unknown code."""
        return self._by_code[code].label

    def match(self, text) -> str | None:
        """The code for a code, label or synonym (case, whitespace and accents ignored), else None."""
        if text is None:
            return None
        text = str(text)
        if text in self._memo:
            return self._memo[text]
        key = normalise(text)
        found = (self._exact.get(key) or self._loose.get(loose(text))) if key else None
        if len(self._memo) < MATCH_MEMO_SIZE:
            self._memo[text] = found
        return found

    def synonym_match(self, text) -> str | None:
        """The code when `text` matches only through a synonym (not its code or label), else None."""
        code = self.match(text)
        if code is None:
            return None
        item = self._by_code[code]
        direct = (item.code, item.label, f"{item.code} {item.label}")
        if normalise(text) in {normalise(d) for d in direct} or loose(text) in {loose(d) for d in direct}:
            return None
        return code

    def suggest(self, text) -> str | None:
        """The label the user probably meant ('bedoelt u ...?'), or None when nothing is close."""
        if text is None or not normalise(text):
            return None
        exact = self.match(text)
        if exact:
            return self.label(exact)
        key = loose(text)
        close = difflib.get_close_matches(key, list(self._loose), n=1, cutoff=SUGGEST_CUTOFF)
        if close:
            return self.label(self._loose[close[0]])
        # A short fragment of a longer label ("formulier" in "Digitaal formulier").
        containing = [code for candidate, code in self._loose.items() if len(key) >= 3 and key in candidate]
        if len(set(containing)) == 1:
            return self.label(containing[0])
        return None


def read_codelist(path: Path) -> CodeList:
    """Read one CSV (code,label,synoniemen,toelichting[,extra columns...])."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    codes = []
    for row in rows:
        if not (row.get("code") or "").strip():
            continue
        synonyms = tuple(s.strip() for s in (row.get("synoniemen") or "").split(";") if s.strip())
        extra = {k: (v or "") for k, v in row.items() if k not in BASE_COLUMNS and k is not None}
        codes.append(
            Code(
                code=row["code"].strip(),
                label=(row.get("label") or "").strip(),
                synonyms=synonyms,
                toelichting=(row.get("toelichting") or "").strip(),
                extra=extra,
            )
        )
    return CodeList(path.stem, codes)


def combine(name: str, lists: list[CodeList]) -> CodeList:
    """Union of several lists (first occurrence of a code wins, synonyms merged)."""
    merged: dict[str, Code] = {}
    for codelist in lists:
        for item in codelist:
            if item.code in merged:
                old = merged[item.code]
                synonyms = old.synonyms + tuple(s for s in item.synonyms if s not in old.synonyms)
                merged[item.code] = Code(old.code, old.label, synonyms, old.toelichting, old.extra)
            else:
                merged[item.code] = item
    return CodeList(name, list(merged.values()))
