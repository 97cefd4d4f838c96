"""From a search phrase to what the token index is asked: term groups, prefixes, compound parts; suggestions.

Each typed word becomes a group of alternative stems; a complaint matches when it has a stem of every group.
- the word's own stem (weight EXACT);
- a word the index does not know, but that splits into known parts (parkeerboete -> parkeer + boete),
  becomes one group per part: the complaint must mention every part;
- the last word is also a prefix while people type (`parkeerv` finds parkeervergunning; weight PREFIX),
  expanded to the most frequent indexed stems that start with it.
On zero results `suggestions(q)` offers close indexed words and the themes whose name or synonyms match.
"""

import bisect
import difflib
import functools

from openklachten.publication.query import defaults, store
from openklachten.publication.readmodel import fulltext
from openklachten.publication.readmodel.compounds import Splitter

EXACT, PREFIX = 2, 1  # an exact stem counts double in the relevance score: typed words before completions
MIN_PREFIX = 4  # a shorter prefix ("par") expands to hundreds of unrelated stems
MAX_EXPANSIONS = 30  # stems one prefix may expand to, most frequent first: bounds the join on the token table
MAX_SUGGESTIONS = 3


@functools.lru_cache(maxsize=4)
def _vocabulary(gen: str) -> dict[str, int]:
    """stem -> number of complaints fields it occurs in, for the current generation (read once).

    From the precomputed `stammen` table (database.build); a generation built before it had one groups the
    token table (~0.2 s at 1M complaints).
    """
    con = store.connection()
    has_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'stammen' AND database_name = current_database()"
    ).fetchall()[0][0]
    sql = "SELECT stem, n FROM stammen" if has_table else "SELECT stem, count(*) FROM tokens GROUP BY stem"
    return dict(con.execute(sql).fetchall())


@functools.lru_cache(maxsize=4)
def _sorted_stems(gen: str) -> list[str]:
    return sorted(_vocabulary(gen))


def vocabulary() -> dict[str, int]:
    store.connection()
    return _vocabulary(store.generation())


@functools.lru_cache(maxsize=4)
def _splitter(gen: str) -> Splitter:
    return Splitter(_vocabulary(gen))


def splitter() -> Splitter:
    store.connection()
    return _splitter(store.generation())


def _prefixed(prefix: str, vocab: dict[str, int], stems: list[str]) -> dict[str, int]:
    """The most frequent stems starting with `prefix`; `stems` is the vocabulary sorted (a range, not a scan)."""
    start = bisect.bisect_left(stems, prefix)
    end = bisect.bisect_left(stems, prefix + "\U0010ffff", lo=start)
    found = sorted(((vocab[s], s) for s in stems[start:end]), reverse=True)[:MAX_EXPANSIONS]
    return {s: PREFIX for _, s in found}


def _words(q: str) -> list[str]:
    return [w for w in fulltext.words(q) if fulltext.indexable(w)][: defaults.MAX_QUERY_TERMS]


def groups(q: str) -> list[dict[str, int]]:
    """The term groups of a search phrase: [{stem: weight}], every group must match."""
    words = _words(q)
    if not words:
        return []
    vocab, split = vocabulary(), splitter()
    stems = _sorted_stems(store.generation())
    out: list[dict[str, int]] = []
    for position, word in enumerate(words):
        own = fulltext.stem(word)
        group = {own: EXACT}
        if position == len(words) - 1:  # the word being typed
            for prefix in {fulltext.stem(word), fulltext.collapse_vowels(word)}:
                if len(prefix) >= MIN_PREFIX:
                    group = {**_prefixed(prefix, vocab, stems), **group}
        parts = split.parts(word) if own not in vocab else ()
        if parts and len(group) == 1:  # unknown compound: every part must occur (parkeer AND boete)
            out.extend({part: EXACT} for part in parts)
        else:
            out.append(group)
    return out[: defaults.MAX_QUERY_TERMS]


def flat(term_groups: list[dict[str, int]]) -> list[str]:
    """Every stem of the groups, in order, once (for highlighting and the `terms` of a search answer)."""
    seen: dict[str, None] = {}
    for group in term_groups:
        for stem in group:
            seen.setdefault(stem, None)
    return list(seen)


def close_words(q: str) -> list[str]:
    """Indexed words close to the typed ones (a typo, another spelling), as words people can read."""
    vocab = vocabulary()
    frequent = [s for s, n in vocab.items() if n >= 2]
    out: list[str] = []
    for word in _words(q):
        for stem in difflib.get_close_matches(fulltext.stem(word), frequent, n=MAX_SUGGESTIONS, cutoff=0.75):
            shown = _surface_word(stem)
            if shown and shown.lower() != word.lower() and shown not in out:
                out.append(shown)
    return out[:MAX_SUGGESTIONS]


def _surface_word(stem: str) -> str | None:
    """A word in the published texts with this stem (stems like `parkerboet` are not for people)."""
    con = store.connection()
    found = con.execute("SELECT id, veld FROM tokens WHERE stem = ? LIMIT 1", [stem]).fetchall()
    if not found:
        return None
    ident, field = found[0]
    if field not in fulltext_fields():
        return None
    text = con.execute(f"SELECT {field} FROM klachten WHERE id = ?", [ident]).fetchall()
    for word in fulltext.words(text[0][0] if text else ""):
        if fulltext.indexable(word) and fulltext.stem(word) == stem:
            return word.lower()
    return None


def fulltext_fields() -> frozenset[str]:
    from openklachten.publication.readmodel import schema

    return frozenset(schema.TEXT_FIELDS)


def matching_themes(q: str) -> list[str]:
    """Codes of the themes whose name or synonyms share a stem (or a compound part) with the search."""
    split = splitter()
    wanted: set[str] = set()
    for word in _words(q):
        wanted.add(fulltext.stem(word))
        wanted.update(split.parts(word))
    return [code for code, stems in _theme_stems(store.generation()) if stems & wanted]


@functools.lru_cache(maxsize=4)
def _theme_stems(gen: str) -> list[tuple[str, frozenset[str]]]:
    """Per theme the stems and compound parts of its name and synonyms (stemming them took ~30 ms a search)."""
    from openklachten.standard import reference

    split = _splitter(gen)
    found = []
    for theme in reference.themes():
        stems = set()
        for phrase in (theme.label, *theme.synoniemen):
            for word in _words(phrase):
                stems.add(fulltext.stem(word))
                stems.update(split.parts(word))
        found.append((theme.code, frozenset(stems)))
    return found


def suggest(filters, q: str, close: bool = True) -> dict:
    """What to offer next to a search: close words (`close`: when it found nothing) and themes matching its words.

    {"woorden": [word], "themas": [(code, n)]} with n the theme's complaints within `filters` (no search).
    """
    from openklachten.publication.query.aggregates import theme_counts

    words = close_words(q) if close else []
    codes = matching_themes(" ".join([q, *words]))  # a typo's theme is the theme of what was meant
    counts = theme_counts(filters, tuple(codes)) if codes else {}
    return {"woorden": words, "themas": [(code, counts[code]) for code in codes if counts.get(code)]}
