import pytest

from openklachten.publication import query, readmodel
from openklachten.publication.site.tests import dataset


@pytest.fixture
def data(db):
    """The site's test dataset: Amsterdam (40 in 2024), Rotterdam (6), one ombudsman complaint linked to Amsterdam."""
    query.use(None)
    built = dataset.build()
    readmodel.rebuild()
    return built


@pytest.fixture(scope="module")
def demo_model(tmp_path_factory):
    """5,000 complaints from the registry's demo generator in a real read model (no database needed)."""
    from openklachten.demo import synthetic

    path = tmp_path_factory.mktemp("readmodel")
    records, organisations = synthetic.records(5000, seed=3)
    readmodel.write_records(records, path, organisations)
    query.use(path)
    yield path
    query.use(None)


@pytest.fixture
def live_data(transactional_db):
    query.use(None)
    built = dataset.build()
    readmodel.rebuild()
    return built
