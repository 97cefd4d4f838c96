import pytest

from openklachten.publication import query, readmodel
from openklachten.publication.exports.tests import fixture


@pytest.fixture
def fixed_model(tmp_path, db):
    readmodel.write_records(fixture.RECORDS, tmp_path / "readmodel", fixture.ORGANISATIONS, fixture.DELIVERIES)
    query.use(tmp_path / "readmodel")
    yield tmp_path / "readmodel"
    query.use(None)
