"""`openklachten geo import`: a newer year is checked, then used in place of the bundled files."""

import json

import pytest
from django.core.management import CommandError, call_command

from openklachten.publication import geodata
from openklachten.publication.site import geo
from openklachten.publication.site.tests import geodata as tiny


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.GEO_DIR = None
    return settings.DATA_DIR


def test_imported_year_replaces_the_bundled_map(data_dir, tmp_path):
    (tmp_path / "download").mkdir()
    tiny.write(tmp_path / "download")
    source = next((tmp_path / "download").glob("*.topojson"))
    call_command(
        "geo",
        "import",
        "--grenzen",
        str(source),
        "--jaar",
        "2031",
        "--inwoners",
        str(tmp_path / "download" / "gemeenten-inwoners.csv"),
    )
    assert geodata.boundaries_file() == data_dir / "geo" / "gemeenten-2031.topojson"
    assert [s.code for s in geo.geography().shapes] == ["GM0363", "GM0599"]
    assert geo.population("GM0599") == 600000


def test_a_file_that_is_not_topojson_is_refused_and_nothing_changes(data_dir, tmp_path):
    wrong = tmp_path / "gemeenten.topojson"
    wrong.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    with pytest.raises(CommandError, match="geen TopoJSON"):
        call_command("geo", "import", "--grenzen", str(wrong), "--jaar", "2031")
    assert geodata.boundaries_file().parent == geodata.BUNDLED


def test_population_in_another_layout_is_refused(data_dir, tmp_path):
    wrong = tmp_path / "inwoners.csv"
    wrong.write_text("code;aantal\nGM0363;1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="verwachte kolommen"):
        call_command("geo", "import", "--inwoners", str(wrong))
    assert geodata.population_file().parent == geodata.BUNDLED


def test_the_setting_overrides_everything(settings, data_dir, tmp_path):
    (tmp_path / "eigen").mkdir()
    tiny.write(tmp_path / "eigen")
    settings.GEO_DIR = tmp_path / "eigen"
    assert geodata.boundaries_file().parent == tmp_path / "eigen"
