"""Build the compact lookup lists in data/ from deduce 3.0.6's raw list files (run once, output committed).

deduce (https://github.com/vmenger/deduce) ships its lookup lists under LGPL-3.0-or-later; the derived
lists in data/ keep that licence (see data/LICENSE-deduce.txt). We read only the raw items/exceptions
files, never deduce's 1.1 GB cache, and store lower-cased, de-duplicated, gzip'ed text for fast loading.

    .venv/bin/python -m openklachten.anonymisation.build_lists
"""

import gzip
from importlib.util import find_spec
from pathlib import Path

DATA = Path(__file__).with_name("data")

# output file -> (list directories under deduce/data/lookup/src, subtract their exceptions?)
LISTS = {
    "first_names": ["names/lst_first_name"],
    "surnames": ["names/lst_surname", "names/lst_interfix_surname"],
    "streets": ["locations/lst_street"],
    "places": [
        "locations/lst_placename/lst_residence",
        "locations/lst_placename/lst_municipality",
        "locations/lst_placename/lst_province",
        "locations/lst_placename/lst_region",
    ],
    "common_words": ["whitelist/lst_common_word", "whitelist/lst_stop_word"],
}


def read_items(folder: Path) -> set[str]:
    items = set()
    for name in ("items.txt", "streets_bag.txt"):
        path = folder / name
        if path.exists():
            items |= {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    exceptions = folder / "exceptions.txt"
    if exceptions.exists():
        items -= {line.strip().lower() for line in exceptions.read_text(encoding="utf-8").splitlines()}
    return items


def main() -> None:
    spec = find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("deduce is niet geïnstalleerd: pip install deduce==3.0.6")
    src = Path(list(spec.submodule_search_locations)[0]) / "data" / "lookup" / "src"
    for output, folders in LISTS.items():
        items: set[str] = set()
        for folder in folders:
            items |= read_items(src / folder)
        with gzip.open(DATA / f"{output}.txt.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
            handle.write("\n".join(sorted(items)))
        print(f"{output}: {len(items)}")


if __name__ == "__main__":
    main()
