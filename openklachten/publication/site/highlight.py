"""Search-hit highlighting that is safe by construction: escape first, then add <mark>."""

import re
from html import escape, unescape

from django.utils.safestring import SafeString, mark_safe

SNIPPET_CHARS = 240  # about two lines of result text


def snippet(text: str, terms: list[str], size: int = SNIPPET_CHARS) -> SafeString:
    """A window of `text` around the first hit with every term (prefix match, so stems hit) marked."""
    text = text or ""
    words = [t for t in (terms or []) if t]
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE) if words else None
    start = 0
    if pattern:
        found = pattern.search(text)
        if found:
            start = max(0, found.start() - size // 3)
    window = text[start : start + size]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + size < len(text) else ""
    if pattern is None:
        return mark_safe(escape(prefix + window + suffix))
    out, last = [], 0
    for match in pattern.finditer(window):
        out.append(escape(window[last : match.start()]))
        out.append("<mark>" + escape(match.group(0)) + "</mark>")
        last = match.end()
    out.append(escape(window[last:]))
    return mark_safe(escape(prefix) + "".join(out) + escape(suffix))


MARK = re.compile(r"(</?mark>)")


def safe_fragment(html: str) -> SafeString:
    """Re-escape a query-layer fragment, keeping only its <mark> tags: safe even if the producer slipped."""
    out = []
    for piece in MARK.split(html or ""):
        out.append(piece if piece in ("<mark>", "</mark>") else escape(unescape(piece)))
    text = "".join(out)
    # Balance tags so a cut-off fragment cannot leave the rest of the page highlighted.
    if text.count("<mark>") > text.count("</mark>"):
        text += "</mark>"
    return mark_safe(text)
