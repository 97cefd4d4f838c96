"""CBS municipality boundaries and population figures (found by `publication.geodata`).

The TopoJSON is decoded here (delta-decoded quantised arcs + transform) and projected with a plain
equirectangular projection scaled by cos(52°), which is visually faithful for a country the size of
the Netherlands. Path strings are computed once per file version and cached in memory.
The files are public CBS data (CC BY 4.0); a copy ships with the package, a newer year can be imported.
"""

import csv
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from openklachten.publication import geodata
from openklachten.standard import reference

MAP_WIDTH = 600  # viewBox units; the SVG scales to its container
LATITUDE = 52.2  # centre of the Netherlands: the cos() correction for the projection
PRECISION = 1  # decimals in path coordinates: sub-pixel at any sensible size, keeps the page small


@dataclass(frozen=True)
class Shape:
    code: str  # CBS code, GM0363
    name: str
    path: str  # SVG path data in the map's viewBox


@dataclass(frozen=True)
class Geography:
    shapes: tuple[Shape, ...]
    width: int
    height: int


def boundaries_file() -> Path | None:
    """The boundaries in use (see `publication.geodata`), or None."""
    return geodata.boundaries_file()


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat positions per arc: undo the delta encoding, then apply the transform."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    """Join a ring's arcs; a negative index ~i means arc i reversed; shared end points appear once."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def project(lon: float, lat: float) -> tuple[float, float]:
    return lon * math.cos(math.radians(LATITUDE)), -lat


def build_geography(topology: dict) -> Geography:
    """Shapes in viewBox coordinates, fitted to MAP_WIDTH."""
    arcs = decode_arcs(topology)
    geometries = [g for obj in topology["objects"].values() for g in obj.get("geometries", [])]
    projected = []
    for geometry in geometries:
        props = geometry.get("properties", {})
        code = props.get("statcode") or str(geometry.get("id", ""))
        rings = [[project(*p) for p in ring_points(ring, arcs)] for polygon in _polygons(geometry) for ring in polygon]
        projected.append((code, props.get("statnaam", code), rings))
    xs = [x for _, _, rings in projected for ring in rings for x, _ in ring]
    ys = [y for _, _, rings in projected for ring in rings for _, y in ring]
    if not xs:
        return Geography((), MAP_WIDTH, 0)
    scale = MAP_WIDTH / (max(xs) - min(xs))
    x0, y0 = min(xs), min(ys)
    height = math.ceil((max(ys) - y0) * scale)
    shapes = []
    for code, name, rings in projected:
        path = "".join(
            "M" + "L".join(f"{(x - x0) * scale:.{PRECISION}f},{(y - y0) * scale:.{PRECISION}f}" for x, y in ring) + "Z"
            for ring in rings
            if len(ring) > 2
        )
        shapes.append(Shape(code, name, path))
    return Geography(tuple(shapes), MAP_WIDTH, height)


@functools.lru_cache(maxsize=4)
def _geography_for(path: str, mtime: float) -> Geography:
    with open(path, encoding="utf-8") as handle:
        return build_geography(json.load(handle))


def geography() -> Geography | None:
    """The decoded map, or None when GEO_DIR holds no boundaries (the site then shows a table)."""
    path = boundaries_file()
    if path is None:
        return None
    return _geography_for(str(path), path.stat().st_mtime)


@functools.lru_cache(maxsize=4)
def _population_for(path: str, mtime: float) -> dict[str, tuple[str, int]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return {
            row["gemeentecode"].strip().upper(): (row["gemeentenaam"], int(row["inwoners"]))
            for row in csv.DictReader(handle)
            if row.get("inwoners", "").strip().isdigit()
        }


def _population_table() -> dict[str, tuple[str, int]]:
    path = geodata.population_file()
    if path is None:
        return {}
    return _population_for(str(path), path.stat().st_mtime)


def populations() -> dict[str, tuple[str, int]]:
    """CBS code -> (name, inhabitants): look the file up once for a whole table, not once per row."""
    return _population_table()


def population(code: str) -> int | None:
    """Inhabitants of a gemeente by CBS code (GM0363), or None when unknown."""
    found = _population_table().get((code or "").upper())
    return found[1] if found else None


def on_map(values: dict[str, float | None], geography: Geography) -> dict[str, float | None]:
    """Values keyed by a shape of this map: a dissolved gemeente's value is drawn on its successor(s).

    An organisation keeps the CBS code it delivered under; after a merger that code has no shape on a newer
    map. Its figure then colours the successor, unless the successor has a figure of its own.
    """
    shapes = {shape.code for shape in geography.shapes}
    placed = {code: value for code, value in values.items() if code in shapes}
    for code, value in values.items():
        if code in shapes:
            continue
        gemeente = reference.gemeente(code)
        for successor in gemeente.huidige() if gemeente else ():
            if successor.cbs_code in shapes and successor.cbs_code not in placed:
                placed[successor.cbs_code] = value
    return placed
