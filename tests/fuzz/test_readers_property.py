"""Property-based fuzzing of the readers: whatever the bytes, the answer is a Table or a Dutch UnreadableFile."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openklachten.intake import samples
from openklachten.intake.readers import Table, UnreadableFile, read_table

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def read_or_refuse(data: bytes, filename: str) -> None:
    try:
        table = read_table(data, filename)
    except UnreadableFile as refusal:
        assert str(refusal) and "Traceback" not in str(refusal)
        return
    assert isinstance(table, Table)
    assert all(len(row.values) == len(table.headers) for row in table.rows)


@SETTINGS
@given(st.binary(max_size=4096))
def test_any_bytes(data):
    read_or_refuse(data, "levering.csv")


CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["-", '"', '""', ";", "\n", "Klacht-ID", "Ontvangstdatum", "2024-03-01", "0001-01-01", "=1+1", "9" * 60]
)


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=1, max_size=12), min_size=1, max_size=12), st.sampled_from([";", ",", "\t"]))
def test_delimited_text(rows, separator):
    text = "\n".join(separator.join(row) for row in rows)
    read_or_refuse(text.encode("utf-8"), "levering.csv")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | CELL,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(CELL, inner, max_size=4),
    max_leaves=30,
)


@SETTINGS
@given(JSON_VALUES)
def test_json_documents(document):
    read_or_refuse(json.dumps(document).encode("utf-8"), "levering.json")


def _workbook() -> bytes:
    with tempfile.TemporaryDirectory() as directory:
        return samples.write_xlsx(Path(directory) / "k.xlsx", samples.sample_rows(3)).read_bytes()


VALID_XLSX = _workbook()


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_workbooks(flips):
    data = bytearray(VALID_XLSX)
    for position, value in flips:
        data[position] = value
    read_or_refuse(bytes(data), "levering.xlsx")
