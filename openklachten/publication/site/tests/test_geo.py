"""Decoding the CBS TopoJSON ourselves: delta-decoded arcs, transform, shared arcs, projection."""

import math

from openklachten.publication import geodata
from openklachten.publication.site import geo
from openklachten.publication.site.tests.geodata import TOPOLOGY
from openklachten.standard import reference


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


def test_bundled_cbs_file_decodes_to_342_gemeenten(settings):
    """Without any setting the package's own CBS files are used: a fresh install has the map."""
    settings.GEO_DIR = None
    geography = geo.geography()
    assert geo.boundaries_file().parent == geodata.BUNDLED
    assert len(geography.shapes) == 342
    assert all(s.path.startswith("M") and s.path.endswith("Z") for s in geography.shapes)
    assert 600 < geography.height < 800
    assert geo.population("GM0363") > 900_000  # Amsterdam, 1 January 2024


def test_every_gemeente_of_the_reference_list_has_a_place_on_the_bundled_map(settings):
    """Current gemeenten have their own shape; dissolved ones are drawn on their successors."""
    settings.GEO_DIR = None
    geography = geo.geography()
    shapes = {shape.code for shape in geography.shapes}
    for gemeente in reference.gemeenten():
        placed = geo.on_map({gemeente.cbs_code: 1.0}, geography)
        assert placed and set(placed) <= shapes, gemeente


def test_a_dissolved_gemeente_colours_its_successor_unless_the_successor_has_its_own(settings):
    settings.GEO_DIR = None
    geography = geo.geography()
    dissolved = next(g for g in reference.gemeenten() if not g.actueel and len(g.huidige()) == 1)
    successor = dissolved.huidige()[0].cbs_code
    assert geo.on_map({dissolved.cbs_code: 7.0}, geography) == {successor: 7.0}
    assert geo.on_map({dissolved.cbs_code: 7.0, successor: 3.0}, geography) == {successor: 3.0}
