"""A check-only run ("alleen controleren") and an import judge a file by the same checks (importer.check_file):
the same refusals, the same errors, the same row count."""

import pytest
from openpyxl import Workbook

from openklachten.registry.checking import check_delivery
from openklachten.registry.importer import EMPTY_DELIVERY, ImportRefused, import_delivery
from openklachten.registry.models import Complaint, Delivery
from openklachten.registry.tests.conftest import COLUMNS, complaint_row, write_delivery


def _header_only_xlsx(path):
    book = Workbook()
    book.active.title = "Klachten"
    book.active.append(COLUMNS)
    book.save(path)
    return str(path)


HEADER_ONLY = {
    "csv": lambda tmp_path: write_delivery(tmp_path / "alleen-kopregel.csv", []),
    "xlsx": lambda tmp_path: _header_only_xlsx(tmp_path / "alleen-kopregel.xlsx"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(HEADER_ONLY))
def test_a_header_only_file_is_refused_by_the_import_and_by_the_check(kind, tmp_path, amsterdam):
    path = HEADER_ONLY[kind](tmp_path)
    with pytest.raises(ImportRefused) as by_import:
        import_delivery(path, amsterdam)
    with pytest.raises(ImportRefused) as by_check:
        check_delivery(path, amsterdam)
    assert str(by_import.value) == str(by_check.value) == EMPTY_DELIVERY
    assert Delivery.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(HEADER_ONLY))
def test_the_check_page_refuses_a_header_only_file_in_dutch(kind, tmp_path, client, publisher, amsterdam):
    client.login(username="pietje", password="geheim-wachtwoord")
    with open(HEADER_ONLY[kind](tmp_path), "rb") as handle:
        page = client.post("/aanleveren/", {"organisation": amsterdam.pk, "bestand": handle, "alleen_controleren": "1"})
    html = page.content.decode()
    assert page.status_code == 200 and "is in orde" not in html
    assert "alleen kolomnamen en geen klachten" in html
    assert Delivery.objects.count() == 0


def _issues(errors) -> list[tuple]:
    return [(e.row, e.column, e.value, e.code, e.message) for e in errors]


@pytest.mark.django_db
def test_a_check_reports_the_errors_the_import_reports(tmp_path, amsterdam):
    rows = [complaint_row(n) for n in range(1, 6)]
    rows[1]["ontvangstdatum"] = "morgen"  # a cell error
    rows[3]["klacht_id"] = rows[0]["klacht_id"]  # a duplicate Klacht-ID (a file-wide check)
    rows[4]["status"] = "weet niet"
    path = write_delivery(tmp_path / "fouten.csv", rows)
    checked = check_delivery(path, amsterdam)
    imported = import_delivery(path, amsterdam)
    assert not imported.ok and not checked.ok
    assert {e.code for e in checked.errors} >= {"dubbel"} and len(checked.errors) >= 3
    assert _issues(checked.errors) == _issues(imported.errors)
    assert _issues(checked.warnings) == _issues(imported.warnings)
    assert checked.rows == imported.rows == 5
    assert Complaint.objects.count() == 0


@pytest.mark.django_db
def test_a_check_of_a_valid_file_counts_what_the_import_stores(tmp_path, amsterdam):
    rows = [complaint_row(n) for n in range(1, 5)]
    rows[2].update(formeel_informeel="informeel", afdoeningswijze="zonder-onderzoek-afgedaan")
    path = write_delivery(tmp_path / "goed.csv", rows)
    checked = check_delivery(path, amsterdam)
    assert checked.ok and (checked.rows, checked.formeel, checked.informeel) == (4, 3, 1)
    imported = import_delivery(path, amsterdam)
    assert imported.ok and imported.rows == checked.rows and imported.created == 4
    assert _issues(checked.warnings) == _issues(imported.warnings)
