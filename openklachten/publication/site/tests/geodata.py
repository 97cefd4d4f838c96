"""A hand-made TopoJSON and population file with the CBS layout, small enough to check by hand."""

import json

# Two unit squares side by side sharing arc 1, quantised with scale 0.5 and translate (4, 52).
# Arc 0: (0,0)->(0,2)->... written as deltas, so decoding must add them up.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [4.0, 52.0]},
    "objects": {
        "gemeente_2025": {
            "type": "GeometryCollection",
            "geometries": [
                {
                    "type": "Polygon",
                    "arcs": [[0, 1]],
                    "id": "GM0363",
                    "properties": {"statcode": "GM0363", "statnaam": "Amsterdam"},
                },
                {
                    "type": "Polygon",
                    "arcs": [[2, -2]],
                    "id": "GM0599",
                    "properties": {"statcode": "GM0599", "statnaam": "Rotterdam"},
                },
            ],
        }
    },
    "arcs": [
        [[2, 0], [-2, 0], [0, 2], [2, 0]],  # (2,0) -> (0,0) -> (0,2) -> (2,2)
        [[2, 2], [0, -2]],  # shared edge (2,2) -> (2,0)
        [[2, 2], [2, 0], [0, -2], [-2, 0]],  # (2,2) -> (4,2) -> (4,0) -> (2,0)
    ],
}
POPULATION = (
    "gemeentecode,gemeentenaam,inwoners,peildatum\n"
    "GM0363,Amsterdam,800000,2024-01-01\n"
    "GM0599,Rotterdam,600000,2024-01-01\n"
)


def write(directory) -> None:
    (directory / "gemeenten-2025.topojson").write_text(json.dumps(TOPOLOGY), encoding="utf-8")
    (directory / "gemeenten-inwoners.csv").write_text(POPULATION, encoding="utf-8")
