from django.test import override_settings

from openklachten.publication import query
from openklachten.publication.query import defaults


def test_fewer_than_minimum_complaints_gives_no_rates(public_dataset):
    rows = {r["organisatie"]: r for r in query.compare(query.Filters())}
    for row in rows.values():  # the rule on every organisation of the data set, whatever the constant says
        small = row["total"] < defaults.MIN_COMPLAINTS_FOR_RATE
        assert row["te_weinig_klachten"] == small
        assert (row["gegrond"] is None and row["binnen_termijn"] is None) if small else row["gegrond"] is not None
    assert rows["gm0344"]["te_weinig_klachten"] and rows["gm0344"]["gegrond"] is None
    assert not rows["gm0363"]["te_weinig_klachten"] and rows["gm0363"]["gegrond"] == 20 / 30


def test_complaints_per_10000_inhabitants_from_the_population_file(public_dataset, tmp_path):
    (tmp_path / "gemeenten-inwoners.csv").write_text(
        "gemeentecode,gemeentenaam,inwoners,peildatum\nGM0363,Amsterdam,800000,2024-01-01\n", encoding="utf-8"
    )
    with override_settings(GEO_DIR=tmp_path):
        rows = {r["organisatie"]: r for r in query.compare(query.Filters())}
    assert rows["gm0363"]["inwoners"] == 800000
    assert rows["gm0363"]["per_10000"] == round(40 * 10000 / 800000, 2)
    assert rows["nom1"]["per_10000"] is None  # not a gemeente


def test_without_population_file_the_rate_is_none(public_dataset, tmp_path):
    with override_settings(GEO_DIR=tmp_path / "leeg"):
        rows = {r["organisatie"]: r for r in query.compare(query.Filters())}
    assert rows["gm0363"]["per_10000"] is None and rows["gm0363"]["inwoners"] is None
