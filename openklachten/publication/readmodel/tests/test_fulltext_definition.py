"""The full-text index of a built generation equals its plain definition, computed word by word in Python.

The build cuts texts on spaces, regexp-splits each distinct piece once and numbers the stems (fulltext.build_index);
this checks the result against the straightforward reading: every word of every public text, lower-cased, long
enough and no stopword, indexed under its own stem and its compound parts' stems.
"""

import re

import duckdb

from openklachten.demo import synthetic
from openklachten.publication.readmodel import database, fulltext, schema, writer
from openklachten.publication.readmodel.compounds import Splitter

NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")  # Python's spelling of the index's [^\p{L}\p{N}]+

# Texts whose pieces are not words: tabs, newlines, double spaces, punctuation, capitals, accents, digits.
AWKWARD_TEXTS = [
    "Parkeervergunning\tgeweigerd;\nde  aanvraag (nr.\u00a0123-45) was   op tijd!",
    "  Huurtoeslag/zorgtoeslag: café-eigenaar \u2018boos\u2019 over__de boete.",
    "Wachttijd... 3\u00bd week?! Container-ophaling, afvalcontainerplaats.",
]


def _plain_index(texts: list[tuple[int, str, str]]) -> set[tuple[str, int, str]]:
    words = {w for _, _, text in texts for w in NOT_A_WORD_CHARACTER.split(text.lower()) if fulltext.indexable(w)}
    splitter = Splitter(fulltext.stem(w) for w in words)
    stems = {w: {fulltext.stem(w), *splitter.parts(w)} for w in words}
    return {
        (s, id_, veld)
        for id_, veld, text in texts
        for w in NOT_A_WORD_CHARACTER.split(text.lower())
        if w in stems
        for s in stems[w]
    }


def test_the_index_of_a_generation_is_its_plain_definition(tmp_path):
    records, organisations = synthetic.records(600, seed=13)
    for record, text in zip(records, AWKWARD_TEXTS, strict=False):  # the first few get one each
        record["gedraging"] = text
    gen = writer.write_generation(tmp_path, records, organisations).path
    con = duckdb.connect(str(gen / database.DATABASE_FILE), read_only=True)
    try:
        texts = [
            (id_, field, text)
            for field in schema.TEXT_FIELDS
            for id_, text in con.execute(f"SELECT id, {field} FROM klachten WHERE {field} IS NOT NULL").fetchall()
        ]
        tokens = con.execute("SELECT stem, id, veld FROM tokens").fetchall()
        stammen = dict(con.execute("SELECT stem, n FROM stammen").fetchall())
    finally:
        con.close()
    assert len(tokens) == len(set(tokens)) > 10_000
    assert set(tokens) == _plain_index(texts)
    assert [(s, i) for s, i, _ in tokens] == sorted((s, i) for s, i, _ in tokens)  # stored in (stem, id) order
    counted: dict[str, int] = {}
    for s, _, _ in tokens:
        counted[s] = counted.get(s, 0) + 1
    assert stammen == counted
