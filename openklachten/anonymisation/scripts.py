"""Words in non-Latin scripts inside a Dutch text: Cyrillic, Greek, Arabic, Hebrew, Ge'ez, CJK, Devanagari, ...

No Dutch word or name list can vouch for them, so a run of such words is redacted as a name when it stands in a
name position ("mijn naam ... : ዮናስ"), next to a found name ("Dmytro Shevchuk (Дмитро Шевчук)"), or, in a
script with capitals, as two capitalised words inside the run ("Мене звати Олена Коваленко"). Whatever run is
left standing sends the text to review (residual.py). Texts that are pure ASCII skip all of this.
"""

import re

from openklachten.anonymisation.entities import Entity

_RANGES = (
    "\u0370-\u03ff\u1f00-\u1fff"  # Greek
    "\u0400-\u052f"  # Cyrillic
    "\u0530-\u058f\u10a0-\u10ff"  # Armenian, Georgian
    "\u0590-\u05ff"  # Hebrew
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic
    "\u0700-\u074f\u0780-\u07bf"  # Syriac, Thaana
    "\u0900-\u0dff\u0e00-\u0e7f"  # Indic scripts, Thai
    "\u1200-\u139f\u2d80-\u2ddf"  # Ge'ez (Ethiopic)
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # kana, CJK ideographs
)
# Punctuation inside those blocks ends a word: Arabic comma and question mark, Ge'ez full stop, Greek ";" ...
_PUNCTUATION = "\u037e\u0387\u055c-\u055f\u0589\u05be\u05c0\u05c3\u05f3\u05f4\u060c\u061b\u061f\u06d4\u1361-\u1368"


def _code_points(spec: str) -> set[int]:
    """The characters of a character-class body made of single characters and ranges ("a-z")."""
    points, i = set(), 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            points.update(range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            points.add(ord(spec[i]))
            i += 1
    return points


def _class(points: set[int]) -> str:
    """A character class for a set of code points, as ranges of \\uXXXX escapes."""
    parts, ordered = [], sorted(points)
    start = previous = ordered[0]
    for point in [*ordered[1:], None]:
        if point is not None and point == previous + 1:
            previous = point
            continue
        parts.append(f"\\u{start:04x}" if start == previous else f"\\u{start:04x}-\\u{previous:04x}")
        if point is not None:
            start = previous = point
    return "[" + "".join(parts) + "]"


# One class for "a letter of these scripts that is no punctuation": the same characters as
# (?![punctuation])[ranges], but a pattern that starts with a class lets the engine skip Latin text (speed).
SCRIPT_LETTER = _class(_code_points(_RANGES) - _code_points(_PUNCTUATION))
SCRIPT_WORD = rf"{SCRIPT_LETTER}+"
RUN = re.compile(rf"{SCRIPT_LETTER}{SCRIPT_LETTER}*(?:[ \t]+{SCRIPT_WORD})*")
CASED_WORD = re.compile(r"\S+")
# Latin text just before a run that makes it a name: "mijn naam is", "heet", "mevrouw", "naam ook in Ge'ez:".
NAME_CUE_BEFORE = re.compile(
    r"(?i:\bnaam\b[^.!?\n()]{0,30}|\b(?:heet|heette|genaamd|ik ben|mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de heer))"
    r"[ \t]*[:\"'“]?[ \t]*$"
)
# Between a run and a name beside it: "Dmytro Shevchuk (Дмитро Шевчук)", "Олена / Olena", "ዮናስ, Yonas".
GLUE_BETWEEN = re.compile(r"[ \t]*[(/,:)]?[ \t]*")
# A run followed by a parenthesised translation that holds a found name: "أنا فاطمة الزهراء (Hallo, ik ben X".
TRANSLATION_AFTER = re.compile(r"[.!?]?[ \t]*\(([^()\n]{0,60})")
MAX_CASELESS_WORDS = 4
# Greetings and thanks in the scripts most often met in Dutch complaints (Arabic, Ukrainian/Russian, Tigrinya
# and Amharic, Farsi, Greek, Hebrew, Chinese, Hindi): formulae, never a name, so they alone send no text to review.
FORMULAE = frozenset(
    (
        "مرحبا السلام عليكم شكرا شكراً سلام مرسی ممنون "
        "добрий день доброго дня привіт дякую здравствуйте привет спасибо добрый день до побачення "
        "ሰላም ሰላም። የቐንየለይ አመሰግናለሁ ጤና ይስጥልኝ "
        "γεια σας ευχαριστώ שלום תודה 你好 谢谢 您好 नमस्ते धन्यवाद"
    ).split()
)


def formula(text: str) -> bool:
    """A run made only of greeting or thanks words ("Добрий день", "مرحبا", "ሰላም")."""
    return all(word.lower() in FORMULAE for word in text.split())


def has_foreign_script(text: str) -> bool:
    return not text.isascii() and RUN.search(text) is not None


def runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of non-Latin words; [] for ASCII text without a regex pass."""
    if text.isascii():
        return []
    return [(m.start(), m.end()) for m in RUN.finditer(text)]


def _cased(word: str) -> bool:
    return word[:1].lower() != word[:1].upper()


def _capitalised_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """In a cased script: two or more capitalised words in a row (a sentence opens with only one)."""
    words = [(m.start() + start, m.end() + start) for m in CASED_WORD.finditer(text[start:end])]
    found, row = [], []
    for s, e in words:
        if text[s].isupper():
            row.append((s, e))
            continue
        if len(row) >= 2:
            found.append((row[0][0], row[-1][1]))
        row = []
    if len(row) >= 2:
        found.append((row[0][0], row[-1][1]))
    return found


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a run that is the name, once the run is known to hold one."""
    if _cased(text[start]):
        named = _capitalised_names(text, start, end)
        if named:
            return named[-1]
        return (start, end) if text[start].isupper() and len(text[start:end].split()) <= 3 else None
    return (start, end) if len(text[start:end].split()) <= MAX_CASELESS_WORDS else None


def names(text: str, entities: list[Entity]) -> list[Entity]:
    """NAAM entities for runs of non-Latin words in a name position or next to a found (Latin) name."""
    found: list[Entity] = []
    name_spans = [(e.start, e.end) for e in entities if e.type == "NAAM"]
    for start, end in runs(text):
        if any(e.start < end and start < e.end for e in entities):
            continue
        before = text[max(0, start - 45) : start]
        beside = any(
            (start - 3 <= e <= start and GLUE_BETWEEN.fullmatch(text, e, start))
            or (end <= s <= end + 3 and GLUE_BETWEEN.fullmatch(text, end, s))
            for s, e in name_spans
        )
        translation = TRANSLATION_AFTER.match(text, end)
        if translation and not beside:
            inner_start, inner_end = translation.start(1), translation.end(1)
            beside = any(inner_start <= s < inner_end for s, _ in name_spans)
        span = None
        if beside or NAME_CUE_BEFORE.search(before):
            span = _name_span(text, start, end)
        elif _cased(text[start]):
            named = _capitalised_names(text, start, end)
            span = named[-1] if named else None
        if span:
            found.append(Entity(span[0], span[1], "NAAM", "naam-schrift", 0.85))
    return found
