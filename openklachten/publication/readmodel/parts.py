"""Per-organisation parts of a generation: what the next build may take over instead of reading it again.

k-anonymity counts per organisation (kanonymity.PARTITION), so an organisation's generalised rows depend on
its own complaints only. Each generation keeps, per organisation, in `delen/`:
- `<naam>.rijen-*.parquet`: its records after k-anonymity (the writer's record columns);
- `<naam>.woorden-*.parquet`: the distinct words of its texts (words, not stems: the compound splitter knows
  the whole corpus, so a word's stems can change when another organisation adds words);
- `<naam>.tokens-*.parquet`: its part of the full-text index (stem, id, veld), under the generation's
  word -> stems table `delen/woordstammen.parquet`.
meta.json `delen` lists each organisation's files with size and checksum, the fingerprint of the registry
state they were read at, and the build signature (code, schema, engine versions): a part is only taken over
(hard link) when all of that still holds; anything else is a PartsUnusable and the caller builds in full.
"""

import hashlib
import os
import re
import shutil
from importlib import metadata
from pathlib import Path

from openklachten.publication.readmodel import generations

DIR = "delen"
STEMS_FILE = "woordstammen.parquet"
KINDS = ("rijen", "woorden", "tokens")
# The modules whose code decides what a part contains: any change in them makes every part unusable.
_BUILD_MODULES = ("writer", "parts", "fulltext", "compounds", "kanonymity", "schema", "source")


class PartsUnusable(RuntimeError):
    """The previous generation's parts cannot be taken over (missing, damaged, or built differently)."""


def file_name(code: str, kind: str, tag: str) -> str:
    """A file name for any organisation code: its safe characters plus a hash (codes are unique, names too)."""
    safe = re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-")[:40]
    return f"{safe}-{hashlib.sha256(code.encode()).hexdigest()[:10]}.{kind}-{tag}.parquet"


def kind_of(name: str) -> str:
    return name.rsplit(".", 2)[-2].split("-", 1)[0]


def signature(k: int, registry: str = "") -> str:
    """What every part depends on besides its organisation's rows: code, schema, k, DuckDB and stemmer versions,
    and `registry` (the applied migrations: a data migration may change rows without a logged change)."""
    from openklachten.anonymisation import structured
    from openklachten.publication.readmodel import schema

    here = Path(__file__).parent
    h = hashlib.sha256()
    for module in _BUILD_MODULES:
        h.update((here / f"{module}.py").read_bytes())
    h.update(Path(structured.__file__).read_bytes())
    h.update(str(schema.arrow_schema(schema.RECORD_COLUMNS)).encode())
    h.update(repr((sorted(schema.TEXT_FIELDS), k, registry)).encode())
    for package in ("duckdb", "snowballstemmer", "pyarrow"):
        h.update(f"{package}={metadata.version(package)}".encode())
    return h.hexdigest()


def _checksums(folder: Path, names) -> dict[str, dict]:
    return {
        n: {"bytes": (folder / n).stat().st_size, generations.CHECKSUM: generations.digest(folder / n)}
        for n in sorted(names)
    }


def write(con, select_sql: str, folder: Path, code: str, kind: str, tag: str) -> str:
    """COPY one organisation's `select_sql` into its own file; returns the file name.

    One COPY per organisation rather than one partitioned COPY: DuckDB's PARTITION_BY keeps a writer with a
    row-group buffer open per organisation and ran out of a 64 MB limit at 83 organisations; the source
    table is sorted by organisation, so each COPY reads only that organisation's row groups.
    """
    name = file_name(code, kind, tag)
    con.execute(f"COPY ({select_sql}) TO '{folder / name}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)")
    return name


def describe(folder: Path, written: dict[str, list[str]], fingerprints: dict) -> dict[str, dict]:
    """meta.json entries for the organisations written in this build."""
    return {
        code: {"vingerafdruk": fingerprint(fingerprints, code), "bestanden": _checksums(folder, names)}
        for code, names in written.items()
    }


def fingerprint(fingerprints: dict, code: str):
    found = fingerprints.get(code)
    return None if found is None else {k: v for k, v in found.items() if k != "id"}


def files(entry: dict, kind: str) -> list[str]:
    return [n for n in entry["bestanden"] if kind_of(n) == kind]


def previous(gen: Path, sign: str) -> dict:
    """The previous generation's `delen` section, if it was built the same way; PartsUnusable otherwise."""
    section = generations.read_meta(gen).get(DIR)
    if not isinstance(section, dict) or section.get("opbouw") != sign:
        raise PartsUnusable("vorige generatie zonder bruikbare delen (andere versie of opbouw)")
    return section


def take_over(source: Path, target: Path, entries: dict[str, dict], kinds) -> None:
    """Hard-link the files of `kinds` of these organisations from `source` to `target`, each checked first."""
    for entry in entries.values():
        for name in (n for kind in kinds for n in files(entry, kind)):
            _link_checked(source / name, target / name, entry["bestanden"][name])


def _link_checked(source: Path, target: Path, expected: dict) -> None:
    try:
        size = source.stat().st_size
    except OSError:
        raise PartsUnusable(f"{source.name} ontbreekt") from None
    if size != expected.get("bytes") or generations.digest(source) != expected.get(generations.CHECKSUM):
        raise PartsUnusable(f"{source.name} is beschadigd")
    try:
        os.link(source, target)
    except OSError:  # another file system (or none with hard links): a copy is as good, only slower
        shutil.copy2(source, target)


def stems_entry(folder: Path) -> dict:
    return _checksums(folder, [STEMS_FILE])[STEMS_FILE]


def checked_stems(gen_parts: Path, section: dict) -> Path:
    """The previous generation's word -> stems table, checked against its checksum."""
    path = gen_parts / STEMS_FILE
    expected = section.get("woordstammen") or {}
    try:
        ok = path.stat().st_size == expected.get("bytes") and generations.digest(path) == expected.get(
            generations.CHECKSUM
        )
    except OSError:
        ok = False
    if not ok:
        raise PartsUnusable(f"{STEMS_FILE} ontbreekt of is beschadigd")
    return path
