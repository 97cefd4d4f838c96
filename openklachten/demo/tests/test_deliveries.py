"""Delivery files are what coordinators send, and every one passes the intake validator."""

import datetime as dt
from collections import Counter

import pytest

from openklachten.demo import generate_records, write_deliveries
from openklachten.intake.readers import read_table
from openklachten.intake.validation import validate

SIZE, SEED = 6000, 11


PROGRESS: list[int] = []


@pytest.fixture(scope="module")
def deliveries(tmp_path_factory):
    return write_deliveries(tmp_path_factory.mktemp("demo"), SIZE, seed=SEED, progress=PROGRESS.append)


def test_every_record_is_in_exactly_one_file(deliveries):
    assert sum(d.rows for d in deliveries) == SIZE == sum(PROGRESS)
    assert len({d.path for d in deliveries}) == len(deliveries)
    assert all(d.path.exists() for d in deliveries)


def test_files_in_the_formats_people_have(deliveries):
    formats = Counter(d.format for d in deliveries)
    assert formats["csv"] > formats["xlsx"] > 0 and formats["json"] > 0
    raw = [d.path.read_bytes() for d in deliveries if d.format == "csv"]
    assert all(b.split(b"\r\n", 1)[0].count(b";") > 20 for b in raw)
    assert any(b.startswith(b"\xef\xbb\xbf") for b in raw)  # UTF-8 with BOM, as Excel saves it
    assert any(_is_cp1252_only(b) for b in raw)  # Windows-1252


def _is_cp1252_only(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


def test_every_file_is_readable_and_valid(deliveries):
    for delivery in deliveries:
        report = validate(read_table(delivery.path))
        assert report.valid, (delivery.path.name, [e.message for e in report.errors[:3]])
        assert report.rows == delivery.rows


def test_headers_are_the_labels_of_the_standard(deliveries):
    csv_file = next(d for d in deliveries if d.format == "csv" and d.path.read_bytes()[:3] != b"\xef\xbb\xbf")
    header = csv_file.path.read_bytes().split(b"\r\n", 1)[0].decode("cp1252")
    assert header.startswith("Klacht-ID;Gerelateerde klacht organisatie;")
    assert "Formeel/informeel" in header and "Woonplaats klager" in header


def test_validated_files_give_back_the_generated_records(deliveries):
    generated = {(r["organisatie"], r["klacht_id"]): r for r in generate_records(SIZE, seed=SEED)}
    for delivery in deliveries[::5]:
        report = validate(read_table(delivery.path))
        for record in report.records:
            original = generated[delivery.organisation_code, record["klacht_id"]]
            for name in (
                "ontvangstdatum",
                "datum_afhandeling",
                "formeel_informeel",
                "status",
                "themas",
                "afdoeningswijze",
                "woonplaats_klager",
                "verdaagd",
                "gerelateerde_klacht_id",
            ):
                assert record.get(name) == original[name], (delivery.path.name, name)


def test_metadata_per_the_standard(deliveries):
    delivery = next(d for d in deliveries if d.organisation_code == "gm0344" and d.period_start == dt.date(2023, 4, 1))
    meta = delivery.metadata
    assert meta["titel"] == "Klachten Gemeente Utrecht 2023 kwartaal 2"
    assert meta["eigenaar"] == "Gemeente Utrecht"
    assert meta["periode"] == "2023-04-01/2023-06-30"
    assert "klachten@utrecht.nl" in meta["contact"]
    assert meta["documentsoort"] == "Advies" and meta["taal"] == "NLD"
    assert dt.datetime.fromisoformat(meta["uitgiftedatum"]).date() > delivery.period_end
    ombudsman = [d for d in deliveries if d.organisation_code == "ombudsman-metropool-amsterdam"]
    assert any("gm0363" in d.related_organisations for d in ombudsman)
    small = [d for d in deliveries if d.organisation_code == "gm0088"]
    assert small and all("halfjaar" in d.metadata["titel"] for d in small)
