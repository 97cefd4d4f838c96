"""Every code-list file keeps the contract: lower-case codes, unique codes and labels, the shared header."""

import csv
import re

import pytest

from openklachten.standard.codelists import BASE_COLUMNS, normalise
from openklachten.standard.loader import CODELIST_DIR

FILES = sorted(CODELIST_DIR.glob("*.csv"))
# Slugs as the database stores them; digits, dots and '+' for Iv3 codes (6.72) and age groups (75+).
CODE = re.compile(r"^[a-z0-9][a-z0-9.+\-]*$")


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_codelist_file(path):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames[:4]) == BASE_COLUMNS
        rows = list(reader)
    codes = [row["code"] for row in rows]
    assert rows, "lege codelijst"
    assert all(CODE.match(code) for code in codes), [c for c in codes if not CODE.match(c)]
    assert len(set(codes)) == len(codes)
    labels = [normalise(row["label"]) for row in rows]
    assert all(labels) and len(set(labels)) == len(labels)


# themas and iv3_taakveld are curated with the reference lists; their synonyms are checked there.
OWN_FILES = [p for p in FILES if p.stem not in {"themas", "iv3_taakveld"}]


@pytest.mark.parametrize("path", OWN_FILES, ids=[p.stem for p in OWN_FILES])
def test_every_synonym_leads_to_its_own_code(path, standard):
    codelist = standard.codelist(path.stem)
    for item in codelist:
        for synonym in item.synonyms:
            assert codelist.match(synonym) == item.code, f"{synonym!r} is ook een code of label van een andere waarde"
