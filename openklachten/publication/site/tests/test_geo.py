"""Decoding the CBS TopoJSON ourselves: delta-decoded arcs, transform, shared arcs, projection."""

import json
import math

from openklachten.publication.site import geo
from openklachten.publication.site.tests.geodata import TOPOLOGY


def test_arcs_are_delta_decoded_and_transformed():
    arcs = geo.decode_arcs(TOPOLOGY)
    assert arcs[0] == [(5.0, 52.0), (4.0, 52.0), (4.0, 53.0), (5.0, 53.0)]
    assert arcs[1] == [(5.0, 53.0), (5.0, 52.0)]


def test_reversed_arc_joins_the_ring_without_duplicate_points():
    arcs = geo.decode_arcs(TOPOLOGY)
    ring = geo.ring_points([2, -2], arcs)
    assert ring == [(5.0, 53.0), (6.0, 53.0), (6.0, 52.0), (5.0, 52.0), (5.0, 53.0)]
    assert ring[0] == ring[-1]  # closed


def test_geography_fits_the_width_and_keeps_north_up(geo_dir):
    geography = geo.geography()
    assert [s.code for s in geography.shapes] == ["GM0363", "GM0599"]
    assert geography.width == geo.MAP_WIDTH
    # Two squares side by side, each 1° wide and 1° high; longitude shrinks by cos(52.2°).
    expected_height = geo.MAP_WIDTH / 2 / math.cos(math.radians(geo.LATITUDE))
    assert abs(geography.height - expected_height) <= 1
    amsterdam = geography.shapes[0].path
    assert amsterdam.startswith("M300.0,") and amsterdam.endswith("Z")
    # The north edge (lat 53) is at y=0: north is up.
    assert "0.0,0.0" in amsterdam


def test_population_from_the_csv(geo_dir):
    assert geo.population("GM0363") == 800000
    assert geo.population("gm0599") == 600000
    assert geo.population("GM9999") is None


def test_without_geo_dir_there_is_no_map(no_geo_dir):
    assert geo.geography() is None
    assert geo.population("GM0363") is None


def test_real_cbs_file_decodes_when_present(settings, tmp_path):
    """The shared CBS file (when this workspace has it) decodes to 342 closed gemeenten."""
    from pathlib import Path

    from tests.shared_data import SHARED_DIR, require_shared

    shared = require_shared(SHARED_DIR / "data" / "gemeenten-2025.topojson", "De CBS-gemeentegrenzen")
    topology = json.loads(shared.read_text(encoding="utf-8"))
    geography = geo.build_geography(topology)
    assert len(geography.shapes) == 342
    assert all(s.path.startswith("M") and s.path.endswith("Z") for s in geography.shapes)
    assert 600 < geography.height < 800
