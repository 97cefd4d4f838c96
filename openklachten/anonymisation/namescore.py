"""A character-level plausibility score for a word in a name position that no list knows.

Names and ordinary Dutch words differ in their letter patterns ("-jevic", "sz", "oe" + "djo" against
"-heid", "-ing", "ge-"). The score is the mean log-ratio of the word's letter trigrams in names against
ordinary words (tables built by build_extra_lists.py from the name lists and the Dutch lexicon):
above 0 the word looks more like a name than like a Dutch word.
"""

import gzip
import json
from functools import lru_cache

from openklachten.anonymisation import lookup


@lru_cache(maxsize=None)
def _scores() -> dict[str, float]:
    with gzip.open(lookup.DATA / "name_trigrams.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=4096)
def name_likeness(word: str) -> float:
    """Mean trigram log-ratio (names vs Dutch words) of a lower-cased word; 0.0 for words under 3 letters."""
    low = word.lower()
    if len(low) < 3:
        return 0.0
    padded, scores = f"^{low}$", _scores()
    grams = [padded[i : i + 3] for i in range(len(padded) - 2)]
    return sum(scores.get(g, 0.0) for g in grams) / len(grams)


def looks_like_name(word: str, threshold: float = 0.25) -> bool:
    """An unknown word is name-like when its letters are, and it is no Dutch word in the lexicon."""
    low = word.lower()
    return low not in lookup.dutch_words() and name_likeness(low) >= threshold
