"""The load test's synthetic read model is one its registry serves (it was refused with 503 before)."""

import pytest

from openklachten.benchmarks.management.commands.bench_load import prepare_model
from openklachten.demo import synthetic
from openklachten.publication import readmodel


@pytest.mark.django_db
def test_a_new_synthetic_model_is_served_by_its_registry(tmp_path):
    prepare_model(tmp_path / "readmodel", 300)
    status = readmodel.status(tmp_path / "readmodel")
    assert status["serveerbaar"] and status["achterstand"] == 0
    assert status["aantal_klachten"] == 300 and status["probleem"] is None


@pytest.mark.django_db
def test_an_existing_synthetic_model_is_given_the_registrys_count(tmp_path):
    records, organisations = synthetic.records(200)
    readmodel.write_records(records, tmp_path / "readmodel", organisations)
    assert not readmodel.status(tmp_path / "readmodel")["serveerbaar"]  # built from no registry: refused

    prepare_model(tmp_path / "readmodel", 999)
    status = readmodel.status(tmp_path / "readmodel")
    assert status["serveerbaar"] and status["probleem"] is None
    assert status["aantal_klachten"] == 200  # used as it was, not rebuilt at another size
