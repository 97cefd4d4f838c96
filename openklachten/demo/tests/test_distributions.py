"""The demo data looks like what complaint handlers publish (issue 3, Demo)."""

import re
from collections import Counter

from openklachten.demo.catalogue import all_organisations
from openklachten.standard import load, reference

TERM_DAYS, ADVIES_DAYS, EXTENSION_DAYS = 42, 70, 28


def test_at_least_60_organisations_of_every_type(demo_records):
    orgs = {o.code: o for o in all_organisations()}
    present = {r["organisatie"] for r in demo_records}
    assert len(present) >= 60
    types = Counter(orgs[c].type for c in present)
    assert set(types) >= {"gemeente", "provincie", "waterschap", "ministerie", "zbo", "ombudsman"}
    names = {orgs[c].name for c in present}
    assert {
        "Gemeente Amsterdam",
        "Gemeente Schiermonnikoog",
        "Uitvoeringsinstituut Werknemersverzekeringen",
        "Centraal Justitieel Incassobureau",
        "Belastingdienst",
        "De Nationale ombudsman",
    } <= names


def test_organisations_have_real_names_and_ids_from_the_reference_list(demo_records):
    for uri in {r["bestuursorgaan"] for r in demo_records}:
        assert reference.organisation(uri) is not None, uri


def test_volume_follows_the_size_of_the_organisation(demo_records):
    counts = Counter(r["organisatie"] for r in demo_records)
    assert counts["gm0363"] > 20 * counts["gm0088"]  # Amsterdam vs Schiermonnikoog
    assert counts["oorg12368"] > counts["gm0344"]  # Belastingdienst vs Utrecht


def test_mostly_informal(demo_records):
    share = sum(r["formeel_informeel"] == "informeel" for r in demo_records) / len(demo_records)
    assert 0.6 < share < 0.8


def test_three_and_a_half_years(demo_records):
    years = Counter(r["ontvangstdatum"].year for r in demo_records)
    assert set(years) == {2022, 2023, 2024, 2025}
    assert min(r["ontvangstdatum"] for r in demo_records).isoformat() < "2022-01-10"
    assert max(r["ontvangstdatum"] for r in demo_records).isoformat() > "2025-06-20"


def test_seasons(demo_records):
    def months(theme, org_type_prefix=""):  # full years only: 2025 stops at the end of June
        return Counter(
            r["ontvangstdatum"].month
            for r in demo_records
            if r["ontvangstdatum"].year < 2025
            and theme in (r["themas"] or [])
            and r["organisatie"].startswith(org_type_prefix)
        )

    tax = months("belastingen-gemeentelijk", "gm")
    assert tax[2] + tax[3] > 2 * (tax[7] + tax[8])
    refuse = months("afval")
    assert refuse[7] + refuse[8] > 1.3 * (refuse[1] + refuse[2])
    income_tax = months("belastingen-rijk")
    assert income_tax[3] + income_tax[4] > 2 * (income_tax[9] + income_tax[10])
    icy = Counter(
        r["ontvangstdatum"].month
        for r in demo_records
        if r["ontvangstdatum"].year < 2025 and re.search(r"gestrooid|glad\b", r["gedraging"])
    )
    assert icy[1] + icy[12] > 3 * (icy[6] + icy[7])


def test_handling_times_with_some_overruns(demo_records):
    formal = [
        r
        for r in demo_records
        if r["formeel_informeel"] == "formeel"
        and r["eerstelijns_tweedelijns"] == "eerstelijns"
        and r["datum_afhandeling"]
    ]

    def term(r):
        return (ADVIES_DAYS if r["adviescommissie"] else TERM_DAYS) + (EXTENSION_DAYS if r["verdaagd"] else 0)

    overruns = [r for r in formal if (r["datum_afhandeling"] - r["ontvangstdatum"]).days > term(r)]
    assert 0.03 < len(overruns) / len(formal) < 0.3
    assert any(r["verdaagd"] for r in formal) and any(r["adviescommissie"] for r in formal)
    assert any("9:11 Awb" in r["oordeel_klacht"] for r in overruns)
    assert all(r["datum_registratie"] <= r["datum_afhandeling"] for r in formal)
    assert any(r["status"] == "in-behandeling" and r["datum_afhandeling"] is None for r in demo_records)


def test_second_line_complaints_link_to_earlier_first_line_ones(demo_records):
    first_line = {
        (r["bestuursorgaan"], r["klacht_id"]): r for r in demo_records if r["eerstelijns_tweedelijns"] == "eerstelijns"
    }
    linked = [r for r in demo_records if r["gerelateerde_klacht_id"]]
    assert len(linked) > 500
    for r in linked:
        assert r["eerstelijns_tweedelijns"] == "tweedelijns"
        earlier = first_line[r["gerelateerde_klacht_organisatie"], r["gerelateerde_klacht_id"]]
        assert earlier["formeel_informeel"] == "formeel"
        assert earlier["datum_afhandeling"] < r["ontvangstdatum"]
        assert r["bestuursorgaan"] == earlier["bestuursorgaan"]
    assert any(r["reden_overslaan_eerstelijns"] for r in demo_records)


def test_outcomes_use_the_list_of_the_organisation_type(demo_records):
    std = load()
    ombudsman = set(std.codelist("afdoeningswijze_ombudsman").codes)
    bestuursorgaan = set(std.codelist("afdoeningswijze_bestuursorgaan").codes)
    by_type = {True: Counter(), False: Counter()}
    for r in demo_records:
        if r["afdoeningswijze"]:
            is_ombudsman = r["eerstelijns_tweedelijns"] == "tweedelijns"
            assert r["afdoeningswijze"] in (ombudsman if is_ombudsman else bestuursorgaan)
            by_type[is_ombudsman][r["afdoeningswijze"]] += 1
        if r["formeel_informeel"] == "informeel":
            assert r["afdoeningswijze"] == "zonder-onderzoek-afgedaan"
            assert r["conclusie"] is None and r["bevindingen"] is None
    assert {"interventie", "terugverwijzen-interne-behandeling", "bemiddeling"} <= set(by_type[True])
    assert {"excuses", "herstel", "oordeel-gegeven"} <= set(by_type[False])


def test_every_code_is_in_its_code_list(demo_records):
    std = load()
    coded = [a for a in std.attributes if a.codelist and a.type in ("code", "codes")]
    for r in demo_records[::7]:
        for attribute in coded:
            value = r.get(attribute.machine_name)
            if value is None:
                continue
            codes = std.codelist_for(attribute.machine_name, r).codes
            for code in value if isinstance(value, list) else [value]:
                assert code in codes, (attribute.machine_name, code)


def test_complainants(demo_records):
    gemeenten = {g.cbs_code for g in reference.gemeenten()}
    assert {r["woonplaats_klager"] for r in demo_records} <= gemeenten
    amsterdam = [r for r in demo_records if r["organisatie"] == "gm0363"]
    assert sum(r["woonplaats_klager"] == "GM0363" for r in amsterdam) / len(amsterdam) > 0.8
    assert set(Counter(r["type_klager"] for r in demo_records)) == {"individu", "groep", "rechtspersoon"}
    assert len({r["leeftijdsgroep"] for r in demo_records}) >= 6


def test_youth_care_complaints_for_the_exclusion_rule(demo_records):
    youth_themes = reference.youth_themes()
    youth = [r for r in demo_records if set(r["themas"] or []) & youth_themes]
    assert len(youth) > 200
    taakvelden = {r["iv3_taakveld"] for r in youth if r["iv3_taakveld"]}
    assert taakvelden & reference.youth_taakvelden()
    assert any(v.startswith("6.72") for v in taakvelden) and any(v.startswith("6.82") for v in taakvelden)


def test_case_ids_look_like_case_ids(demo_records):
    pattern = re.compile(r"^[A-Z]{1,4}-20\d\d-\d{6}$")
    assert all(pattern.match(r["klacht_id"]) for r in demo_records)
    assert any(r["klacht_id"].startswith("ZK-2023-") for r in demo_records)


def test_gemeenten_differ_in_complaints_per_inhabitant():
    from openklachten.demo.catalogue import GEMEENTEN, all_organisations

    rates = [org.yearly / GEMEENTEN[org.code][0] for org in all_organisations() if org.code in GEMEENTEN]
    assert max(rates) / min(rates) > 2.5  # a comparison page with identical rates would show nothing
