"""Files that are not a table: a Dutch message, never a traceback."""

import os

import pytest

from openklachten.intake.readers import UnreadableFile, read_table


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"", "leeg"),
        (b"  \r\n\r\n ", "leeg"),
        (bytes(range(256)) * 40, "binaire"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
        (b"PK\x03\x04" + b"\x00" * 60, "beschadigd"),
        (b'[{"ontvangstdatum": ', "geen geldige JSON"),
        (b"[1, 2, 3]", "geen object"),
    ],
)
def test_unreadable_files_get_a_dutch_reason(tmp_path, content, fragment):
    path = tmp_path / "bestand.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert fragment in str(caught.value)


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "ruis.csv"
    path.write_bytes(bytes(b or 1 for b in os.urandom(4000)))
    with pytest.raises(UnreadableFile):
        read_table(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notities.txt", "geen werkmap")
    with pytest.raises(UnreadableFile, match="geen Excel-werkmap"):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableFile, match="bestaat niet"):
        read_table(tmp_path / "weg.csv")


def test_truncated_workbook(tmp_path):
    from openklachten.intake.tests import builders

    whole = builders.xlsx_file(tmp_path, builders.rows(200)).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableFile, match="beschadigd"):
        read_table(path)
