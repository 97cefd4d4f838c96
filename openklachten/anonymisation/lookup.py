"""Lookup lists, loaded once per process: names, streets and places (from deduce, see data/) and public bodies."""

import csv
import gzip
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _read(name: str) -> frozenset[str]:
    with gzip.open(DATA / f"{name}.txt.gz", "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split("\n"))


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """deduce's first names plus those of many languages and cultures (Faker, see build_extra_lists.py)."""
    return _read("first_names") | _read("first_names_intl")


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return _read("surnames") | _read("surnames_intl")


@lru_cache(maxsize=None)
def dutch_words() -> frozenset[str]:
    """The 60,000 most frequent Dutch words (wordfreq, CC BY-SA 4.0); some are surnames too ("kok", "bakker")."""
    return _read("dutch_words")


@lru_cache(maxsize=None)
def plain_words() -> frozenset[str]:
    """Dutch words that no name list knows ("klantcontact", "gisteren"): never a name in lower case."""
    return dutch_words() - first_names() - surnames()


@lru_cache(maxsize=None)
def streets() -> frozenset[str]:
    return _read("streets")


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    return _read("places") | gemeente_names()


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    from openklachten.anonymisation.vocabulary import NOT_NAMES

    return _read("common_words") | NOT_NAMES


@lru_cache(maxsize=None)
def gemeente_names() -> frozenset[str]:
    """Lower-cased gemeente names: from the standard's reference module when it exists."""
    try:
        from openklachten.standard import reference  # written by the standard component

        return frozenset(name.lower() for name in reference.gemeente_names())
    except (ImportError, AttributeError, OSError):
        return frozenset()


@lru_cache(maxsize=None)
def public_body_names() -> tuple[str, ...]:
    """Names of public bodies (longest first) that must survive verbatim."""
    names: set[str] = set()
    try:
        from openklachten.standard import reference

        names |= set(reference.public_body_names())
    except (ImportError, AttributeError, OSError):
        path = Path(__file__).parents[1] / "standard" / "data" / "reference" / "organisaties.csv"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    name = (row.get("naam") or row.get("name") or "").strip()
                    if name:
                        names.add(name)
    return tuple(sorted((n for n in names if len(n) > 3), key=len, reverse=True))


@lru_cache(maxsize=None)
def public_body_index() -> dict[str, tuple[str, ...]]:
    """Public body names by their first word, longest first, for a fast scan of a text."""
    index: dict[str, list[str]] = {}
    for name in public_body_names():
        if " " not in name.strip():
            continue  # a bare place name ("Kampen") is kept only as context (keep.py), not everywhere
        first = re.match(r"[\w'’&-]+", name)
        if first:
            index.setdefault(first.group(), []).append(name)
    return {k: tuple(v) for k, v in index.items()}


def warm_up() -> None:
    """Load every list now (worker start-up), so the first text is not slower than the rest."""
    from openklachten.anonymisation import namescore

    # plain_words (a set difference of the big lists) and the name-letter scores were left to the first text
    # that needed them: in a batch every forked worker then built its own copy instead of sharing the parent's.
    loaders = (first_names, surnames, streets, places, common_words, dutch_words, plain_words, public_body_index)
    for loader in (*loaders, namescore._scores):
        loader()
