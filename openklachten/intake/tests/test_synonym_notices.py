"""Item 7 of issue 10: a value read through a synonym is reported back ("gelezen als"); the code is stored."""

from openklachten.intake import textreport
from openklachten.intake.readers import read_table
from openklachten.intake.tests import builders
from openklachten.intake.validation import validate


def check(tmp_path, data):
    return validate(read_table(builders.csv_file(tmp_path, data)))


def test_synonyms_give_one_notice_per_column_and_spelling_and_store_the_code(tmp_path):
    data = builders.rows(4)
    for row in data[:3]:
        row["Ontvangwijze"] = "mail"
    data[1]["Type klager"] = "burger"
    report = check(tmp_path, data)
    assert report.valid and not [w for w in report.warnings if w.code == "gelezen_als"]
    assert [r["ontvangwijze"] for r in report.records[:3]] == ["e-mail"] * 3
    assert report.records[1]["type_klager"] == "individu"
    by_column = {n.column: n for n in report.notices}
    assert set(by_column) == {"Ontvangwijze", "Type klager"}
    mail = by_column["Ontvangwijze"]
    assert (mail.row, mail.value, mail.code) == (2, "mail", "gelezen_als")
    assert '"mail" is gelezen als "E-mail"' in mail.message and "3 rijen" in mail.message
    assert '"burger" is gelezen als "Individu"' in by_column["Type klager"].message
    assert by_column["Type klager"].row == 3
    assert report.to_json()["notices"][0]["code"] == "gelezen_als"
    assert "Gelezen als (2):" in textreport.render(report)


def test_codes_and_labels_are_no_synonyms(tmp_path):
    data = builders.rows(2)
    data[0]["Ontvangwijze"] = "e-mail"
    data[1]["Ontvangwijze"] = "E-mail"
    data[0]["Thema's"] = "afval; Openbaar groen"
    assert check(tmp_path, data).notices == []


def test_a_synonym_inside_a_list_of_themes(tmp_path):
    data = builders.rows(1)
    theme_list = __import__("openklachten.standard", fromlist=["load"]).load().codelist("themas")
    synonym = next(item for item in theme_list if item.synonyms)
    data[0]["Thema's"] = f"{synonym.synonyms[0]}; Afval"
    report = check(tmp_path, data)
    assert synonym.code in report.records[0]["themas"]
    [notice] = report.notices
    assert notice.column == "Thema's" and f'is gelezen als "{synonym.label}"' in notice.message
