"""The loader carries every V0.2 attribute and metadata field under exactly the V0.2 label."""

import csv

from openklachten.standard.model import NOT_APPLICABLE
from tests.shared_data import require_shared


def attribute_rows(rows):
    """(label, Verplicht) per row; skips the interleaved notes, which are long rows without a Verplicht value."""
    result = []
    for row in rows:
        label = str(row[0] or "").strip() if row else ""
        required = str(row[1] or "").strip() if len(row) > 1 else ""
        if not label or (not required and len(label.split()) > 4):
            continue
        result.append((label, required))
    return result


def v02_rows(path, first_column):
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == first_column
    return attribute_rows(rows[1:])


def test_every_v02_attribute_label_is_present_exactly(standard, v02_dir):
    v02 = [label for label, _ in v02_rows(v02_dir / "attributen.csv", "Attributen")]
    ours = [a.label_v02 for a in standard.attributes if a.label_v02]
    assert sorted(ours) == sorted(v02)
    # V0.2 attributes keep their V0.2 label as the 1.0 label.
    for attribute in standard.attributes:
        if attribute.label_v02:
            assert attribute.label == attribute.label_v02


def test_v02_order_is_kept(standard, v02_dir):
    v02_order = [label for label, _ in v02_rows(v02_dir / "attributen.csv", "Attributen")]
    ours = [a.label_v02 for a in standard.attributes if a.label_v02]
    assert ours == v02_order


def test_v02_required_flags_are_recorded(standard, v02_dir):
    flags = dict(v02_rows(v02_dir / "attributen.csv", "Attributen"))
    for attribute in standard.attributes:
        if attribute.label_v02:
            assert attribute.required_v02 == (flags[attribute.label_v02] == "Ja"), attribute.machine_name


def test_every_v02_metadata_field_is_present_exactly(standard, v02_dir):
    v02 = [label for label, _ in v02_rows(v02_dir / "metadata.csv", "Metadata")]
    assert [f.label for f in standard.metadata_fields] == v02


def test_from_gedraging_on_only_formal_complaints(standard):
    names = [a.machine_name for a in standard.attributes]
    formal_only = names[names.index("gedraging") :]
    informeel = standard.profile("informeel")
    assert list(informeel.not_applicable) == formal_only
    assert all(standard.attribute(n).applies_to("formeel") for n in formal_only)
    assert informeel.fixed_values == {"afdoeningswijze": "zonder-onderzoek-afgedaan"}
    assert standard.attribute("gedraging").requirement_for("informeel") == NOT_APPLICABLE


def test_labels_match_the_v02_spreadsheet_itself(standard, v02_dir):
    from openpyxl import load_workbook

    path = v02_dir.parent / "Open Klachten Datastandaard V0.2.xlsx"
    require_shared(path, "Het V0.2-spreadsheet van de datastandaard")
    book = load_workbook(path, read_only=True)
    sheets = {name.strip(): book[name] for name in book.sheetnames}  # sheet names carry trailing spaces

    def labels(sheet):
        return [label for label, _ in attribute_rows(list(sheet.iter_rows(min_row=2, max_col=2, values_only=True)))]

    assert [a.label_v02 for a in standard.attributes if a.label_v02] == labels(sheets["Attributen"])
    assert [f.label for f in standard.metadata_fields] == labels(sheets["Metadata"])
