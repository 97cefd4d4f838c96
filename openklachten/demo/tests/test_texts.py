"""The free text has real work for the anonymiser: invented personal data that looks real, and public
context that must survive."""

import re
from collections import Counter

from openklachten.demo.people import elfproef_valid, iban_valid

TEXT_FIELDS = (
    "gedraging",
    "bevindingen",
    "oordeel_klacht",
    "oordeel_klachtbehandeling",
    "aanbevelingen",
    "herstelmaatregelen",
)


def _text(record):
    return "\n".join(record[f] for f in TEXT_FIELDS if record.get(f))


def test_every_recorded_personal_value_is_in_the_text(demo_records):
    for record in demo_records[::11]:
        text = _text(record)
        for value, _type in record["_pii"]:
            assert value in text, (value, text)


def test_all_kinds_of_personal_data_occur(demo_records):
    types = Counter(t for r in demo_records for _, t in r["_pii"])
    for kind in (
        "NAAM",
        "ADRES",
        "POSTCODE",
        "BSN",
        "IBAN",
        "TELEFOON",
        "EMAIL",
        "GEBOORTEDATUM",
        "LEEFTIJD",
        "KENTEKEN",
        "DOSSIERNUMMER",
        "FUNCTIE",
        "GEZONDHEID",
        "ANDER",
    ):
        assert types[kind] > 50, kind


def test_bsns_pass_the_elfproef_and_ibans_the_mod97_check(demo_records):
    bsns = [v for r in demo_records for v, t in r["_pii"] if t == "BSN"]
    ibans = [v for r in demo_records for v, t in r["_pii"] if t == "IBAN"]
    assert len(bsns) > 100 and len(ibans) > 100
    assert all(elfproef_valid(re.sub(r"\D", "", b)) for b in bsns)
    assert all(iban_valid(i) for i in ibans)
    assert any("." in b or " " in b for b in bsns) and any(" " in i for i in ibans)  # written with separators too


def test_checksum_functions_reject_wrong_numbers():
    assert elfproef_valid("111222333") and not elfproef_valid("111222334")
    assert iban_valid("NL91 ABNA 0417 1643 00") and not iban_valid("NL91ABNA0417164301")


def test_names_come_in_many_forms(demo_records):
    names = [v for r in demo_records for v, t in r["_pii"] if t == "NAAM"]
    assert any(n.islower() for n in names)  # typed quickly in a form
    assert any(re.match(r"^[A-Z]\. ", n) for n in names)  # initials
    assert any(not n.isascii() for n in names)  # Yılmaz, Öztürk, Wiśniewska


def test_informal_texts_are_short_and_formal_ones_complete(demo_records):
    informal = [r for r in demo_records if r["formeel_informeel"] == "informeel"]
    assert all(len(re.findall(r"[.!?](\s|$)", r["gedraging"])) <= 3 for r in informal)
    assert all(r["bevindingen"] is None and r["oordeel_klacht"] is None for r in informal)
    closed_formal = [r for r in demo_records if r["formeel_informeel"] == "formeel" and r["status"] == "afgehandeld"]
    assert all(r["gedraging"] and r["bevindingen"] and r["oordeel_klacht"] for r in closed_formal)
    assert sum(bool(r["aanbevelingen"]) for r in closed_formal) > 100
    assert sum(bool(r["herstelmaatregelen"]) for r in closed_formal) > 100


def test_registers_differ(demo_records):
    texts = [r["gedraging"] for r in demo_records]
    assert any(t.startswith("Geachte heer/mevrouw") for t in texts)  # citizen's e-mail
    assert any(t.startswith(("Klager, ", "Verzoeker, ")) for t in texts)  # handler's summary
    assert any(t.startswith("Naam: ") for t in texts)  # web form
    assert any(t.startswith("tel. ") for t in texts)  # telephone note
    assert any(t.startswith("Van: ") and "\nOnderwerp: " in t for t in texts)  # forwarded e-mail with headers
    assert any(t.startswith("Medewerker: ") and "\nBeller: " in t for t in texts)  # call transcript
    findings = [r["bevindingen"] for r in demo_records if r["bevindingen"]]
    assert any(t.startswith("De ombudsman heeft informatie opgevraagd") for t in findings)
    assert any(t.startswith("De ombudsman stelt vast") for t in findings)


def test_public_context_survives_in_the_text(demo_records):
    text = "\n".join(_text(r) for r in demo_records[:5000])
    assert "artikel 9:11 Awb" in text
    assert "de gemeente Amsterdam" in text
    assert re.search(r"€ \d[\d.]*,\d\d", text)
