"""Build the extra lookup lists in data/ from two installable packages (run once, output committed).

- Faker (MIT licence, data/LICENSE-faker.txt): the person providers of every locale hold first names and
  surnames from many languages and cultures (Turkish, Polish, Ukrainian in Latin script, Indonesian/Javanese,
  Arabic transliterations in en_PK/fr_DZ, ...). Only Latin-script names are taken; Dutch words are left out.
- wordfreq (code Apache-2.0, word lists CC BY-SA 4.0, data/LICENSE-wordfreq.txt): the 60,000 most
  frequent Dutch words. Minus every listed name, that is the lexicon that "explains" a capitalised word.
From both the character-trigram scores of `namescore.py` are computed (names against ordinary words).

    .venv/bin/pip install faker==40.54.0 wordfreq==3.1.1   # or: pip install -e '.[lists]'
    .venv/bin/python -m openklachten.anonymisation.build_extra_lists
"""

import gzip
import importlib
import json
import math
import os
import re
from collections import Counter
from pathlib import Path

from openklachten.anonymisation import lookup

DATA = Path(__file__).with_name("data")
LATIN = re.compile(r"^[a-zß-öø-ÿā-žșț'-]+$")
NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")
DUTCH_WORDS = 60_000
# A name that is also one of the most frequent Dutch words ("Mark", "Hope") would redact ordinary text.
COMMON_ENOUGH = 3.5  # wordfreq Zipf frequency in Dutch


def faker_names() -> tuple[set[str], set[str]]:
    from faker.providers import person

    base = Path(person.__file__).parent
    firsts, lasts = set(), set()
    for locale in sorted(d.name for d in base.iterdir() if d.is_dir() and not d.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attributes, into in ((NAME_ATTRIBUTES, firsts), (SURNAME_ATTRIBUTES, lasts)):
            for attribute in attributes:
                values = getattr(provider, attribute, None)
                if isinstance(values, (list, tuple, dict, set, frozenset)):
                    for value in values:
                        into.update(w for w in str(value).lower().replace("-", " ").split() if LATIN.match(w))
    return firsts, lasts


def trigrams(word: str):
    padded = f"^{word}$"
    return (padded[i : i + 3] for i in range(len(padded) - 2))


def trigram_scores(names: set[str], words: set[str]) -> dict[str, float]:
    """Log-ratio per trigram: how much more often it occurs in names than in ordinary Dutch words."""
    in_names = Counter(t for n in names for t in trigrams(n))
    in_words = Counter(t for w in words for t in trigrams(w))
    total_names, total_words = sum(in_names.values()), sum(in_words.values())
    scores = {}
    for gram in set(in_names) | set(in_words):
        p_name = (in_names[gram] + 0.5) / total_names
        p_word = (in_words[gram] + 0.5) / total_words
        value = math.log(p_name / p_word)
        if abs(value) >= 0.2:
            scores[gram] = round(value, 2)
    return scores


def write(name: str, items) -> None:
    with gzip.open(DATA / f"{name}.txt.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(sorted(items)))
    print(f"{name}: {len(items)}")


def main() -> None:
    import wordfreq

    firsts, lasts = faker_names()
    common = {w for w in firsts | lasts if wordfreq.zipf_frequency(w, "nl") >= COMMON_ENOUGH}
    # Only what deduce's lists (read directly: lookup.first_names() already includes this output) lack.
    firsts = {w for w in firsts - common if len(w) >= 2} - lookup._read("first_names")
    lasts = {w for w in lasts - common if len(w) >= 2} - lookup._read("surnames")
    write("first_names_intl", firsts)
    write("surnames_intl", lasts)
    names = lookup._read("first_names") | lookup._read("surnames") | firsts | lasts
    dutch = {w for w in wordfreq.top_n_list("nl", DUTCH_WORDS) if LATIN.match(w) and len(w) >= 2}
    lexicon = (dutch - names) | (dutch & lookup.common_words())
    write("dutch_words", dutch)  # all of them: "kok", "bakker" are Dutch words and surnames
    scores = trigram_scores({n for n in names if len(n) >= 3}, {w for w in lexicon if len(w) >= 3})
    with gzip.open(DATA / "name_trigrams.json.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(scores, handle, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    print(f"name_trigrams: {len(scores)}")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
    main()
