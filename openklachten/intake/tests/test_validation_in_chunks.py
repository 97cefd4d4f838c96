"""Validating a file chunk by chunk (as the importer does) reports exactly what validating it whole does."""

from openklachten.intake import samples
from openklachten.intake.readers import open_table, read_table
from openklachten.intake.validation import validate, validate_chunks


def _issues(issues):
    return [(i.row, i.column, i.value, i.code, i.message) for i in issues]


def test_chunks_give_the_same_report_records_and_notices(tmp_path):
    rows = samples.sample_rows(11)
    rows[2]["Ontvangwijze"] = "mail"  # a synonym: one notice, counted over every chunk
    rows[9]["Ontvangwijze"] = "mail"
    rows[4]["Status"] = "Kwijt"  # an error in the second chunk
    rows[8]["Klacht-ID"] = rows[1]["Klacht-ID"]  # a duplicate across chunks
    for row in rows:
        row[""] = ""  # a nameless column, filled in one row only
    rows[7][""] = "losse notitie"
    path = samples.write_csv(tmp_path / "levering.csv", rows)

    whole = validate(read_table(path))
    *chunks, report = validate_chunks(open_table(path), chunk_rows=3)

    assert [len(records) for records, _ in chunks] == [3, 3, 3, 2]
    assert [r for records, _ in chunks for r in records] == whole.records
    assert [n for _, numbers in chunks for n in numbers] == whole.row_numbers
    assert report.rows == whole.rows == 11
    assert _issues(report.errors) == _issues(whole.errors) != []
    assert _issues(report.warnings) == _issues(whole.warnings) != []
    assert _issues(report.notices) == _issues(whole.notices)
    assert [n.row for n in report.notices] == [4] and "(2 rijen)" in report.notices[0].message
