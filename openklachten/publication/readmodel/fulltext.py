"""The full-text index: Dutch snowball stems of the anonymised texts, built at rebuild time.

DuckDB's fts extension cannot be installed offline, so the index is a plain table
(stem, id, veld) and a search is a join. DuckDB splits the texts into words (fast, in C++);
Python only stems the distinct words, of which there are few compared to the rows.

Dutch writes compounds as one word (parkeervergunning, huurtoeslag), so a compound is indexed under its
own stem and under the stems of its parts (compounds.py): a search for `parkeren` or `toeslag` finds it.
Stems are normalised so that the open and closed spelling of one syllable meet (parkeren/parkeer,
toeslagen/toeslag): snowball leaves `parker` and `parkeer`, the doubled vowel is collapsed to `parker`.
"""

import functools
import html
import re
import threading
from pathlib import Path

import snowballstemmer

# Function words that would match almost every complaint: indexing them only costs space.
STOPWORDS = frozenset(
    """aan al als bij dan dat de der deze die dit door dus een en er ge had heb hebben heeft hem het hij hoe hun
    ik in is je kan kon maar me met mij na naar niet nog nu of om omdat ons ook op over te tot u uit van veel werden
    voor want was wat we wel werd wie wij worden wordt zal ze zich zij zijn zo zou""".split()
)
MIN_WORD_LENGTH = 2  # single letters are initials or list markers, never what someone searches for
WORD_PATTERN = r"[^\p{L}\p{N}]+"  # RE2 syntax for DuckDB: anything that is not a letter or digit splits
_PY_WORD = re.compile(r"\w+", re.UNICODE)
# Complaints indexed per block (join + DISTINCT in bounded memory): ~5M token rows, tens of MB in DuckDB.
BLOCK_ROWS = 100_000

# A snowball stemmer keeps the word it works on in the instance: one per thread (the server answers from
# several threads; a shared one garbles words and raises IndexError under load).
_stemmers = threading.local()


def _stemmer():
    found = getattr(_stemmers, "dutch", None)
    if found is None:
        found = _stemmers.dutch = snowballstemmer.stemmer("dutch")
    return found


_DOUBLED_VOWEL = re.compile(r"([aeou])\1")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball's Dutch stem with doubled vowels collapsed (parkeer -> parker, like parkeren)."""
    return _DOUBLED_VOWEL.sub(r"\1", _stemmer().stemWord(word.lower()))


def collapse_vowels(text: str) -> str:
    """`parkeer` -> `parker`: the normalisation stem() applies, for prefixes typed by people."""
    return _DOUBLED_VOWEL.sub(r"\1", text.lower())


def words(text: str) -> list[str]:
    """The words of a text as search and highlighting see them."""
    return _PY_WORD.findall(text or "")


def indexable(word: str) -> bool:
    return len(word) >= MIN_WORD_LENGTH and word.lower() not in STOPWORDS


def query_stems(q: str) -> list[str]:
    """The distinct stems of a search phrase, in the order typed."""
    seen: dict[str, None] = {}
    for word in _PY_WORD.findall(q or ""):
        if indexable(word):
            seen.setdefault(stem(word), None)
    return list(seen)


def highlight(text: str, stems, radius: int = 80, limit: int = 3, parts=None) -> str | None:
    """An HTML fragment around the hits: text escaped first, then each hit wrapped in <mark>.

    `parts(word)` gives a compound's part stems (the index's splitter), so `parkeervergunning` is marked
    for `parkeren`. Returns None when the text has no hit. Never returns unescaped input.
    """
    if not text or not stems:
        return None
    wanted = set(stems)

    def hit(word: str) -> bool:
        return indexable(word) and (stem(word) in wanted or bool(parts and wanted.intersection(parts(word))))

    hits = [m for m in _PY_WORD.finditer(text) if hit(m.group())]
    if not hits:
        return None
    start = max(0, hits[0].start() - radius)
    end = min(len(text), hits[min(limit, len(hits)) - 1].end() + radius)
    parts, cursor = [], start
    for match in hits:
        if match.start() < start or match.end() > end:
            continue
        parts.append(html.escape(text[cursor : match.start()]))
        parts.append(f"<mark>{html.escape(match.group())}</mark>")
        cursor = match.end()
    parts.append(html.escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts) + suffix


PIECE_WORDS = "_stukken"  # temp table (stuk, woord): the words of each distinct space-separated piece
PIECE_STEMS = "_stuk_stem"  # temp table (stuk, stem): the same pieces joined with the `stemmen` pairs


def split_pieces(source_table: str, fields, where: str = "") -> str:
    """SQL: one row (id, veld, stuk) per space-separated piece of each text field (`where`: " AND …" on the rows).

    Cutting on spaces (string_split) is ~6x cheaper than the word regexp over every text; the regexp then runs
    once per distinct piece (add_piece_words). A space separates words for the regexp too, and lower() works
    per character, so the words of a text are the words of its pieces.
    """
    return " UNION ALL ".join(
        f"SELECT id, '{field}' AS veld, unnest(string_split({field}, ' ')) AS stuk "
        f"FROM {source_table} WHERE {field} IS NOT NULL{where}"
        for field in fields
    )


def add_piece_words(con, source_table: str, fields, where: str = "") -> None:
    """Create or extend PIECE_WORDS with the pieces of these rows not in it yet (words long enough to index).

    One table per build connection, used by vocabulary_sql and (through PIECE_STEMS) by tokens_sql.
    """
    con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {PIECE_WORDS} (stuk VARCHAR, woord VARCHAR)")
    con.execute(
        f"INSERT INTO {PIECE_WORDS} SELECT stuk, woord FROM ("
        f"SELECT stuk, unnest(regexp_split_to_array(lower(stuk), '{WORD_PATTERN}')) AS woord "
        f"FROM (SELECT DISTINCT stuk FROM ({split_pieces(source_table, fields, where)})) "
        f"ANTI JOIN {PIECE_WORDS} USING (stuk)) WHERE length(woord) >= {MIN_WORD_LENGTH}"
    )


def vocabulary_sql(source_table: str, fields, where: str = "") -> str:
    """SQL: the distinct words long enough to index (stopwords are dropped in Python, by `stem_pairs`).

    Needs PIECE_WORDS for these rows (add_piece_words).
    """
    return (
        f"SELECT DISTINCT w.woord FROM (SELECT DISTINCT stuk FROM ({split_pieces(source_table, fields, where)})) "
        f"JOIN {PIECE_WORDS} w USING (stuk)"
    )


def stem_pairs(vocabulary):
    """The (woord, stem) table for a corpus vocabulary: each word's own stem and its compound parts' stems.

    The compound splitter knows every word of the corpus, so the pairs depend on the whole vocabulary, not on
    one organisation's: a rebuild makes them again each time (Python over the distinct words, seconds).
    """
    import pyarrow as pa

    from openklachten.publication.readmodel.compounds import Splitter

    words = [w for w in vocabulary if indexable(w)]
    own = [stem(w) for w in words]
    splitter = Splitter(own)  # the corpus's own words are the parts compounds are split into
    pairs_word, pairs_stem = list(words), list(own)
    for word in words:
        for part in splitter.parts(word):
            pairs_word.append(word)
            pairs_stem.append(part)
    return pa.table(
        {"woord": pairs_word, "stem": pairs_stem}, schema=pa.schema({"woord": pa.string(), "stem": pa.string()})
    )


def stem_pieces(con) -> None:
    """PIECE_STEMS from PIECE_WORDS and the registered `stemmen` pairs: each piece's stems, for tokens_sql."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {PIECE_STEMS} AS SELECT DISTINCT p.stuk, s.stem "
        f"FROM {PIECE_WORDS} p JOIN stemmen s USING (woord)"
    )


def drop_pieces(con) -> None:
    for table in (PIECE_WORDS, PIECE_STEMS):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def tokens_sql(source_table: str, fields, where: str = "") -> str:
    """SQL: the distinct (stem, id, veld) of the texts. Needs PIECE_STEMS covering these rows (stem_pieces)."""
    return (
        f"SELECT DISTINCT m.stem, p.id, p.veld "
        f"FROM ({split_pieces(source_table, fields, where)}) p JOIN {PIECE_STEMS} m USING (stuk)"
    )


def build_index(con, source_table: str, target_dir: str, fields, block_rows: int = BLOCK_ROWS) -> int:
    """Write the index (stem, id, veld) of the texts in `source_table` as Parquet parts in `target_dir`.

    Returns the token count (from COPY itself). The texts are indexed in blocks of about `block_rows`
    complaints by id range: one join + DISTINCT over the whole set did not fit in 2 GB at a million
    complaints; a block's does, and since a (stem, id, veld) triple belongs to one id, the blocks' DISTINCTs
    together are the whole set's. The parts are unordered: the query copy sorts the tokens once
    (database.build). The writer builds the same index per organisation (writer._index).
    """
    try:
        add_piece_words(con, source_table, fields)
        # The vocabulary first: the compound splitter needs every word of the corpus before any block is indexed.
        vocabulary = [w for (w,) in con.execute(f"SELECT DISTINCT woord FROM {PIECE_WORDS}").fetchall()]
        con.register("stemmen", stem_pairs(vocabulary))
        stem_pieces(con)
        target = Path(target_dir)
        target.mkdir(parents=True, exist_ok=True)
        low, high, rows = con.execute(f"SELECT min(id), max(id), count(*) FROM {source_table}").fetchall()[0]
        low, high = (low, high) if rows else (0, 0)
        blocks = max(1, -(-rows // block_rows))  # at least one part, so that an empty index has its columns
        width = -(-(high - low + 1) // blocks)  # equal id ranges: registry ids are dense enough
        count = 0
        for block in range(blocks):
            start = low + block * width
            part = target / f"deel-{block:05d}.parquet"
            where = f" AND id >= {start} AND id < {start + width}"
            count += con.execute(
                f"COPY ({tokens_sql(source_table, fields, where)}) "
                f"TO '{part}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)"
            ).fetchall()[0][0]
        return count
    finally:
        con.unregister("stemmen")
        drop_pieces(con)
