"""The rules of the standard, as a complaint coordinator meets them in the report."""

import datetime as dt

import pytest

from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def check(tmp_path, data, **kwargs):
    return validate(read_table(builders.csv_file(tmp_path, data)), **kwargs)


def codes(report):
    return [(e.row, e.column, e.code) for e in report.errors]


def test_valid_file_gives_normalised_records(tmp_path):
    report = check(tmp_path, builders.rows(3))
    assert report.valid and report.rows == 3 and report.version == "1.0"
    record = report.records[0]
    assert record["ontvangstdatum"] == dt.date(2024, 1, 1)
    assert record["datum_registratie"] == dt.date(2024, 1, 2)  # written as dd-mm-jjjj
    assert record["ontvangwijze"] == "brief"
    assert record["verdaagd"] is False and record["adviescommissie"] is True
    assert record["bestuursorgaan_uri"] == "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
    assert record["bestuursorgaan_naam"] == "Gemeente Amsterdam"
    assert record["woonplaats_klager"] == "GM0363"
    assert isinstance(record["themas"], list) and len(record["themas"]) == 2


def test_required_value_missing_for_formal_but_not_for_informal(tmp_path):
    data = builders.rows(3)
    data[0]["Gedraging"] = ""  # row 2, formal: required
    assert data[2]["Formeel/informeel"] == "Informeel" and data[2]["Gedraging"] == ""  # row 4: not applicable
    data[2]["Organisatieonderdeel"] = " "
    report = check(tmp_path, data)
    assert codes(report) == [(2, "Gedraging", "verplicht"), (4, "Organisatieonderdeel", "verplicht")]
    assert report.errors[0].message == "Gedraging is verplicht maar leeg; vul een waarde in."


def test_forced_profile_overrides_the_column(tmp_path):
    data = builders.rows(3)
    report = check(tmp_path, data, profile="formeel")
    assert {(e.row, e.code) for e in report.errors} >= {(4, "verplicht")}  # the informal row lacks Gedraging
    assert check(tmp_path, builders.rows(3), profile="informeel").errors[0].code == "informeel_afdoeningswijze"


def test_status_afgehandeld_needs_datum_afhandeling(tmp_path):
    data = builders.rows(2, Datum_afhandeling="")
    data[1]["Status"] = "In behandeling"
    data[1]["Datum afhandeling"] = ""
    report = check(tmp_path, data)
    assert codes(report) == [(2, "Datum afhandeling", "verplicht")]
    assert report.errors[0].message == 'Datum afhandeling is verplicht als Status "Afgehandeld" is, maar is leeg.'


def test_unknown_code_gets_a_hint_or_the_choices(tmp_path):
    data = builders.rows(2, Ontvangwijze="Emial")
    data[1]["Status"] = "Klaar"
    report = check(tmp_path, data)
    assert [e.message for e in report.errors] == [
        'Ontvangwijze "Emial" is geen geldige waarde; bedoelt u "E-mail"?',
        'Status "Klaar" is geen geldige waarde; kies uit "In behandeling" of "Afgehandeld".',
    ]


def test_codes_labels_and_synonyms_are_all_accepted(tmp_path):
    data = builders.rows(3)
    data[0]["Ontvangwijze"], data[1]["Ontvangwijze"], data[2]["Ontvangwijze"] = "e-mail", "E-MAIL", "per mail"
    report = check(tmp_path, data)
    assert report.valid, report.errors
    assert {r["ontvangwijze"] for r in report.records} == {"e-mail"}


def test_informal_complaint_is_always_zonder_onderzoek_afgedaan(tmp_path):
    data = builders.rows(3)
    data[2]["Afdoeningswijze"] = "Excuses"
    report = check(tmp_path, data)
    assert codes(report) == [(4, "Afdoeningswijze", "informeel_afdoeningswijze")]
    assert 'altijd "Zonder onderzoek afgedaan"' in report.errors[0].message


def test_dates_in_every_style_and_their_errors(tmp_path):
    styles = ["2024-03-12", "12-03-2024", "2-3-2024", "12/03/2024", "45363", "12 maart 2024"]
    data = builders.rows(len(styles))
    for row, value in zip(data, styles, strict=False):
        row["Ontvangstdatum"], row["Datum van registratie"], row["Datum afhandeling"] = value, "", ""
        row["Status"] = "In behandeling"
    report = check(tmp_path, data)
    assert report.valid, report.errors
    assert [r["ontvangstdatum"] for r in report.records] == [
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 2),
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 12),
    ]
    bad = builders.rows(3, Ontvangstdatum="31-02-2024")
    bad[1]["Ontvangstdatum"] = "12-03-24"
    bad[2]["Ontvangstdatum"] = "gisteren"
    messages = [e.message for e in check(tmp_path, bad).errors if e.column == "Ontvangstdatum"]
    assert messages[0] == 'Ontvangstdatum "31-02-2024" is geen geldige datum: deze datum bestaat niet.'
    assert "vier cijfers" in messages[1]
    assert "jjjj-mm-dd" in messages[2]


def test_date_order_and_future_dates(tmp_path):
    data = builders.rows(2, Datum_afhandeling="2023-12-01")
    data[1]["Ontvangstdatum"] = "2099-01-01"
    data[1]["Datum van registratie"] = ""
    data[1]["Datum afhandeling"] = ""
    data[1]["Status"] = "In behandeling"
    report = check(tmp_path, data)
    assert codes(report) == [
        (2, "Datum afhandeling", "datum_voor_ontvangst"),
        (3, "Ontvangstdatum", "datum_in_toekomst"),
    ]
    assert "01-12-2023 ligt vóór de ontvangstdatum 01-01-2024" in report.errors[0].message


def test_related_complaint_needs_both_parts(tmp_path):
    data = builders.rows(2, **{"Eerstelijns/tweedelijns": "Tweedelijns", "Afdoeningswijze": "Bemiddeling"})
    data[0]["Gerelateerde klacht organisatie"] = "Gemeente Utrecht"
    data[0]["Gerelateerde klacht-ID"] = ""
    report = check(tmp_path, data)
    assert codes(report) == [(2, "Gerelateerde klacht-ID", "gerelateerde_klacht_onvolledig")]
    data[0]["Gerelateerde klacht-ID"] = "U-2023-5"
    report = check(tmp_path, data)
    assert report.valid, report.errors
    assert report.records[0]["gerelateerde_klacht_id"] == "U-2023-5"


def test_duplicate_klacht_id_names_the_first_row(tmp_path):
    data = builders.rows(3)
    data[2]["Klacht-ID"] = data[0]["Klacht-ID"].lower()
    report = check(tmp_path, data)
    assert codes(report) == [(4, "Klacht-ID", "dubbele_klacht_id")]
    assert "komt al voor in rij 2" in report.errors[0].message


def test_missing_required_column_is_reported_once(tmp_path):
    data = [{k: v for k, v in row.items() if k != "Type klager"} for row in builders.rows(50)]
    report = check(tmp_path, data)
    assert codes(report) == [(1, "Type klager", "kolom_ontbreekt")]


def test_unknown_column_is_a_warning_not_an_error(tmp_path):
    data = builders.rows(2)
    for row in data:
        row["Behandelaar intern"] = "J. Jansen"
    report = check(tmp_path, data)
    assert report.valid
    assert [(w.column, w.code) for w in report.warnings] == [("Behandelaar intern", "onbekende_kolom")]


@pytest.mark.parametrize(
    "organisation_type, value, valid",
    [("ombudsman", "Bemiddeling", True), ("bestuursorgaan", "Bemiddeling", False), (None, "Bemiddeling", True)],
)
def test_afdoeningswijze_list_depends_on_who_delivers(tmp_path, organisation_type, value, valid):
    data = builders.rows(1, Afdoeningswijze=value)
    report = check(tmp_path, data, organisation_type=organisation_type)
    assert report.valid is valid, report.errors
    if organisation_type is None:  # both lists accepted, but an eerstelijns complaint with an ombudsman value is odd
        assert [w.code for w in report.warnings] == ["afdoeningswijze_andere_lijst"]


def test_bestuursorgaan_and_woonplaats_by_code_name_or_uri(tmp_path):
    data = builders.rows(3)
    data[0]["Bestuursorgaan"], data[0]["Woonplaats klager"] = "gm0344", "Utrecht"
    data[1]["Bestuursorgaan"], data[1]["Woonplaats klager"] = (
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
        "0344",
    )
    data[2]["Bestuursorgaan"], data[2]["Woonplaats klager"] = (
        "Private uitvoeringsorganisatie, namelijk Stichting X",
        "GM0344",
    )
    report = check(tmp_path, data)
    assert report.valid, report.errors
    assert [r["woonplaats_klager"] for r in report.records] == ["GM0344"] * 3
    assert report.records[0]["bestuursorgaan_naam"] == report.records[1]["bestuursorgaan_naam"] == "Gemeente Utrecht"
    assert report.records[2]["bestuursorgaan_uri"] == ""
    bad = builders.rows(1, Bestuursorgaan="Gemeente Nergenshuizen", Woonplaats_klager="Atlantis")
    assert {e.code for e in check(tmp_path, bad).errors} == {"onbekende_organisatie", "onbekende_gemeente"}


def test_themes_split_on_semicolon_or_comma_and_unknown_ones_named(tmp_path):
    data = builders.rows(2, **{"Thema's": "Parkeren, Afval"})
    data[1]["Thema's"] = "Parkeren; Ufo's"
    report = check(tmp_path, data)
    assert report.records[0]["themas"] == ["parkeren", "afval"]
    assert codes(report) == [(3, "Thema's", "onbekende_waarde")]
    assert "Ufo's" in report.errors[0].message


def test_to_json_shape(tmp_path):
    report = check(tmp_path, builders.rows(2, Status="klaar"))
    data = report.to_json()
    assert data["valid"] is False and data["rows"] == 2
    assert list(data["errors"][0]) == ["row", "column", "value", "code", "message"]
    assert data["errors"][0]["value"] == "klaar"


def test_a_column_that_occurs_twice_is_an_error(tmp_path):
    data = builders.rows(1)
    data[0]["STATUS "] = "Afgehandeld"
    report = check(tmp_path, data)
    assert codes(report) == [(1, "Status", "dubbele_kolom")]
    assert "komt twee keer voor (kolom F en kolom W)" in report.errors[0].message


def test_dissolved_gemeente_is_accepted_with_a_warning(tmp_path):
    report = check(tmp_path, builders.rows(1, Woonplaats_klager="Appingedam"))
    assert report.valid
    assert report.records[0]["woonplaats_klager"] == "GM0003"
    assert [w.code for w in report.warnings] == ["opgeheven_gemeente"]
    assert "Eemsdelta" in report.warnings[0].message


def test_header_only_file_is_valid_but_warns(tmp_path):
    path = builders.csv_text(tmp_path, ";".join(builders.HEADERS_10) + "\n")
    report = validate(read_table(path))
    assert report.valid and report.rows == 0
    assert [w.code for w in report.warnings] == ["geen_klachten"]
