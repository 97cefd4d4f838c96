import pytest

from openklachten.publication import readmodel
from openklachten.publication.site.tests import dataset


def rebuild_readmodel() -> None:
    """Publish what the factories wrote: the site reads the read model, rebuilt like after an import."""
    readmodel.rebuild()


@pytest.fixture
def data(db):
    built = dataset.build()
    rebuild_readmodel()
    return built


@pytest.fixture
def live_data(transactional_db):
    built = dataset.build()
    rebuild_readmodel()
    return built


@pytest.fixture
def geo_dir(tmp_path, settings):
    """A tiny GEO_DIR: two square gemeenten and their population, in the CBS file layout."""
    from openklachten.publication.site.tests import geodata

    geodata.write(tmp_path)
    settings.GEO_DIR = tmp_path
    return tmp_path


@pytest.fixture
def no_geo_dir(settings, tmp_path):
    """A configured but empty GEO_DIR: the operator's setting wins over the bundled files."""
    settings.GEO_DIR = tmp_path / "leeg"
