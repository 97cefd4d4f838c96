"""Code lists match codes, labels and synonyms forgivingly and suggest what a user probably meant."""

from openklachten.standard import load
from openklachten.standard.codelists import read_codelist


def test_match_code_label_and_synonym_ignoring_case_space_and_accents(standard):
    ontvangwijze = standard.codelist("ontvangwijze")
    assert ontvangwijze.match("e-mail") == "e-mail"
    assert ontvangwijze.match("  E-MAIL ") == "e-mail"
    assert ontvangwijze.match("Digitaal   formulier") == "digitaal-formulier"
    assert ontvangwijze.match("webformulier") == "digitaal-formulier"
    assert ontvangwijze.match("postduif") is None
    assert ontvangwijze.match("") is None
    assert ontvangwijze.match(None) is None
    assert standard.codelist("afdoeningswijze_ombudsman").match("Geinformeerd") == "verwijzen-of-informeren"
    assert standard.codelist("conclusie").match("deels gegrond") == "deels-gegrond"


def test_code_and_label_together_match(standard):
    iv3 = standard.codelist("iv3_taakveld")
    code = iv3.codes[0]
    assert iv3.match(f"{code} {iv3.label(code)}") == code
    assert iv3.match(code) == code


def test_label_of_code(standard):
    assert standard.codelist("conclusie").label("gegrond") == "Onderzocht en gegrond"
    assert standard.codelist("status").codes == ("in-behandeling", "afgehandeld")


def test_suggest_gives_the_label_for_a_typo(standard):
    ontvangwijze = standard.codelist("ontvangwijze")
    assert ontvangwijze.suggest("emial") == "E-mail"
    assert ontvangwijze.suggest("Telefoonn") == "Telefoon"
    assert ontvangwijze.suggest("qqqqqqq") is None
    assert standard.codelist("type_klager").suggest("individue") == "Individu"


def test_afdoeningswijze_has_two_lists_and_their_union(standard):
    bestuur = standard.codelist("afdoeningswijze_bestuursorgaan")
    ombudsman = standard.codelist("afdoeningswijze_ombudsman")
    union = standard.codelist("afdoeningswijze")
    assert "excuses" in bestuur and "excuses" not in ombudsman
    assert "bemiddeling" in ombudsman and "bemiddeling" not in bestuur
    assert set(union.codes) == set(bestuur.codes) | set(ombudsman.codes)
    assert standard.codelist_for("afdoeningswijze", {"eerstelijns_tweedelijns": "tweedelijns"}) is ombudsman
    assert standard.codelist_for("afdoeningswijze", {"eerstelijns_tweedelijns": "eerstelijns"}) is bestuur


def test_codelists_are_loaded_generically_with_extra_columns(tmp_path):
    path = tmp_path / "voorbeeld.csv"
    path.write_text("code,label,synoniemen,toelichting,bron\nab,Alpha Beta,a b;ab-lijst,Uitleg,X\n", encoding="utf-8")
    codelist = read_codelist(path)
    assert codelist.name == "voorbeeld"
    assert codelist.match("ALPHA beta") == "ab"
    assert codelist.get("ab").extra == {"bron": "X"}


def test_every_csv_in_the_codelist_folder_is_loaded(standard):
    from openklachten.standard.loader import CODELIST_DIR

    for path in CODELIST_DIR.glob("*.csv"):
        assert path.stem in standard.codelists


def test_load_is_cached():
    assert load() is load()
