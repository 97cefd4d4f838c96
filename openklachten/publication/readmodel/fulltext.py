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
PARTS = "deel-*.parquet"  # the index's parts (nr, id, veld) in build_index's target directory
STEM_NUMBERS = "stemnummers.parquet"  # beside them: (stem, nr), nr in the order of the stems

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


def build_index(con, source_table: str, target_dir: str, fields, block_rows: int = BLOCK_ROWS) -> int:
    """Write the index (stem, id, veld) of the texts in `source_table` to `target_dir` (read it with tokens_query).

    Returns the token count. The texts are indexed in blocks of about `block_rows` complaints by id range:
    one join + DISTINCT over everything did not fit in 2 GB at a million complaints; a block's does, and
    since a (stem, id, veld) triple belongs to one id, the blocks' DISTINCTs together are the whole set's.
    The parts hold a stem's number (`nr`, numbered in stem order, STEM_NUMBERS) instead of the stem: the
    blocks' DISTINCT and the query copy's sort (tokens_query) then compare integers, not strings.

    The texts are cut on spaces only (string_split: ~6x cheaper than the word regexp over every text); the
    regexp runs once per distinct piece (`stukken`: piece -> stem). A space is a separator of the regexp
    too, and lower() works per character, so the words of a text are the words of its pieces.
    """
    from openklachten.publication.readmodel.compounds import Splitter

    def pieces(where: str) -> str:
        return " UNION ALL ".join(
            f"SELECT id, '{field}' AS veld, unnest(string_split({field}, ' ')) AS stuk "
            f"FROM {source_table} WHERE {field} IS NOT NULL{where}"
            for field in fields
        )

    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _stukken AS SELECT stuk, woord FROM ("
        f"SELECT stuk, unnest(regexp_split_to_array(lower(stuk), '{WORD_PATTERN}')) AS woord "
        f"FROM (SELECT DISTINCT stuk FROM ({pieces('')}))) WHERE length(woord) >= {MIN_WORD_LENGTH}"
    )
    try:
        # The vocabulary first: the compound splitter needs every word of the corpus before any block is indexed.
        words = [w for (w,) in con.execute("SELECT DISTINCT woord FROM _stukken").fetchall() if indexable(w)]
        con.register("_stemmen", _stem_pairs(words, Splitter))
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _stemnummers AS "
            "SELECT stem, row_number() OVER (ORDER BY stem)::INTEGER AS nr FROM (SELECT DISTINCT stem FROM _stemmen)"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _stuk_stem AS SELECT DISTINCT p.stuk, n.nr "
            "FROM _stukken p JOIN _stemmen s USING (woord) JOIN _stemnummers n USING (stem)"
        )
        target = Path(target_dir)
        target.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY _stemnummers TO '{target / STEM_NUMBERS}' (FORMAT parquet)")
        return _write_blocks(con, source_table, target, pieces, block_rows)
    finally:
        con.unregister("_stemmen")
        for table in ("_stukken", "_stemnummers", "_stuk_stem"):
            con.execute(f"DROP TABLE IF EXISTS {table}")


def tokens_query(target_dir) -> str:
    """SQL for the index build_index wrote, as (stem, id, veld) sorted by stem then id.

    The numbers follow the stems' order, so sorting on (nr, id) is sorting on (stem, id), on integers.
    """
    target = Path(target_dir)
    return (
        f"SELECT n.stem, t.id, t.veld FROM read_parquet('{target / PARTS}') t "
        f"JOIN read_parquet('{target / STEM_NUMBERS}') n USING (nr) ORDER BY t.nr, t.id"
    )


def _stem_pairs(words: list[str], splitter_class):
    """(woord, stem) for every indexable word: its own stem and the stems of its compound parts."""
    import pyarrow as pa

    own = [stem(w) for w in words]
    splitter = splitter_class(own)  # the corpus's own words are the parts compounds are split into
    pairs_word, pairs_stem = list(words), list(own)
    for word in words:
        for part in splitter.parts(word):
            pairs_word.append(word)
            pairs_stem.append(part)
    columns = pa.schema({"woord": pa.string(), "stem": pa.string()})
    return pa.table({"woord": pairs_word, "stem": pairs_stem}, schema=columns)


def _write_blocks(con, source_table: str, target: Path, pieces, block_rows: int) -> int:
    """One Parquet part per id block; the count comes from COPY itself (no re-read of the part)."""
    low, high, rows = con.execute(f"SELECT min(id), max(id), count(*) FROM {source_table}").fetchall()[0]
    low, high = (low, high) if rows else (0, 0)
    blocks = max(1, -(-rows // block_rows))  # at least one part, so that an empty index has its columns
    width = -(-(high - low + 1) // blocks)  # equal id ranges: registry ids are dense enough
    count = 0
    for block in range(blocks):
        start = low + block * width
        part = target / f"deel-{block:05d}.parquet"
        count += con.execute(
            f"COPY (SELECT DISTINCT m.nr, p.id, p.veld "
            f"FROM ({pieces(f' AND id >= {start} AND id < {start + width}')}) p "
            f"JOIN _stuk_stem m USING (stuk)) TO '{part}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)"
        ).fetchall()[0][0]
    return count
